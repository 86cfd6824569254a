import { describe, expect, test } from 'vitest';
import { formatFileSize, orphanFullTexts, originalFileName, originalFilePath, originalFormat } from '../../../src/lib/content/full-text';

describe('full texts and original files', () => {
  test('a full text needs a record of the same name', () => {
    expect(orphanFullTexts(['a.yaml', 'a.mdx', 'b.mdx', 'c.yml', 'c.mdx', 'd.yaml', 'sub/e.mdx', 'sub/e.yaml'])).toEqual(['b.mdx']);
    expect(orphanFullTexts(['a.yaml'])).toEqual([]);
  });

  test('only PDF and Word files are original files', () => {
    expect(originalFormat('sources/nq-07.pdf')).toMatchObject({ extension: 'pdf', label: 'PDF', mimeType: 'application/pdf' });
    expect(originalFormat('sources/Nghị quyết 07.DOCX')).toMatchObject({ extension: 'docx', label: 'DOCX' });
    expect(originalFormat('sources/nq-07.txt')).toBeUndefined();
    expect(originalFormat('sources/nq-07')).toBeUndefined();
  });

  test('the published file has an ASCII name from the document id', () => {
    const pdf = originalFormat('sources/Bản gốc (scan).pdf')!;
    expect(originalFilePath('nq-07-tu-hau-giang-2022', pdf)).toBe('ban-goc/nq-07-tu-hau-giang-2022.pdf');
    expect(originalFileName('nq-07-tu-hau-giang-2022', pdf)).toBe('nq-07-tu-hau-giang-2022.pdf');
  });

  test('sizes read as readers expect, with a decimal comma', () => {
    expect(formatFileSize(0)).toBe('0 B');
    expect(formatFileSize(850)).toBe('850 B');
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(1100)).toBe('1 KB');
    expect(formatFileSize(122_880)).toBe('120 KB');
    expect(formatFileSize(1_572_864)).toBe('1,5 MB');
    expect(formatFileSize(25 * 1024 * 1024)).toBe('25 MB');
  });
});
