import { describe, expect, it } from 'vitest';
import { itemAnchor, paragraphAnchor, parseHeadingNumber, sectionAnchor, slugify } from '../../../src/lib/text';

describe('slugify', () => {
  it('makes ASCII slugs from Vietnamese', () => {
    expect(slugify('Chương trình công tác quý I năm 2025')).toBe('chuong-trinh-cong-tac-quy-i-nam-2025');
    expect(slugify('Tỉnh ủy Hậu Giang')).toBe('tinh-uy-hau-giang');
    expect(slugify('  Đề án số 08-ĐA/TU ')).toBe('de-an-so-08-da-tu');
    expect(slugify('Ðổi mới')).toBe('doi-moi');
  });
});

describe('parseHeadingNumber', () => {
  it('reads Roman parts, sections and subsections', () => {
    expect(parseHeadingNumber('I. Các nhiệm vụ trọng tâm')).toEqual({ number: 'I', title: 'Các nhiệm vụ trọng tâm', roman: true });
    expect(parseHeadingNumber('1. Công tác xây dựng Đảng ')).toEqual({ number: '1', title: 'Công tác xây dựng Đảng', roman: false });
    expect(parseHeadingNumber('1.6. Công tác kiểm tra')).toEqual({ number: '1.6', title: 'Công tác kiểm tra', roman: false });
    expect(parseHeadingNumber('3.2 Công tác đối ngoại')).toEqual({ number: '3.2', title: 'Công tác đối ngoại', roman: false });
  });

  it('returns undefined for unnumbered headings', () => {
    expect(parseHeadingNumber('Công tác đối ngoại')).toBeUndefined();
    expect(parseHeadingNumber('Việt Nam')).toBeUndefined();
  });
});

describe('anchors', () => {
  it('are ASCII and carry the part', () => {
    expect(sectionAnchor('II', '1.6')).toBe('muc-ii-1-6');
    expect(sectionAnchor('II', '1')).toBe('muc-ii-1');
    expect(sectionAnchor('I')).toBe('muc-i');
    expect(sectionAnchor(undefined, '2')).toBe('muc-2');
    expect(paragraphAnchor('muc-ii-1-6', 2)).toBe('muc-ii-1-6-doan-2');
    expect(itemAnchor('muc-i', 3)).toBe('muc-i-y-3');
  });
});
