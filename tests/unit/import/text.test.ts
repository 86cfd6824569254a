import { describe, expect, it } from 'vitest';
import { importProgramme } from '../../../src/lib/import';
import { convertText, decodeText } from '../../../src/lib/import/convert';

const ISSUERS = [{ id: 'tinh-uy-hau-giang', name: 'TỈNH ỦY HẬU GIANG', shortName: 'Tỉnh ủy Hậu Giang', code: 'TU', place: 'Hậu Giang' }];

describe('plain-text import', () => {
  it('reads UTF-8 (with a BOM) and old 8-bit files', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFCộng hòa'))).toBe('Cộng hòa');
    // TCVN3 saved as 8-bit bytes: not UTF-8, read as Windows-1252 (the Latin-1 letters the font drew).
    expect(decodeText(Uint8Array.from([0x43, 0xe9, 0x6e, 0x67]))).toBe('Céng');
  });

  it('converts lines in TCVN3 and VNI, including short headings in a TCVN3 document', () => {
    const converted = convertText(['I. Môc tiªu', 'Céng hßa x· héi chñ nghÜa ViÖt Nam.', 'Ñaåy maïnh coâng taùc daân vaän.'].join('\n'));
    const texts = converted.blocks.map((b) => (b.node.type === 'paragraph' && b.node.children[0]?.type === 'text' ? b.node.children[0].value : ''));
    expect(texts).toEqual(['I. Mục tiêu', 'Cộng hòa xã hội chủ nghĩa Việt Nam.', 'Đẩy mạnh công tác dân vận.']);
    expect(converted.legacy.map((l) => l.encoding).sort()).toEqual(['tcvn3', 'tcvn3', 'vni']);
  });

  it('a whole programme typed in TCVN3 imports as Unicode, with its header', async () => {
    const tcvn3 = [
      'TØNH ñY HËU GIANG',
      '*',
      'Sè 72-CTr/TU',
      '§¶NG CéNG S¶N VIÖT NAM',
      'HËu Giang, ngµy 28 th¸ng 3 n¨m 2025',
      'CH¦¥NG TR×NH',
      'C«ng t¸c quý II n¨m 2025',
      '-----',
      'I. NhiÖm vô träng t©m',
      '1. TiÕp tôc thùc hiÖn NghÞ quyÕt sè 07-NQ/TU ngµy 09/11/2022 cña Ban ChÊp hµnh §¶ng bé tØnh.',
    ].join('\n');
    const result = await importProgramme({ fileName: 'ctr.txt', data: new TextEncoder().encode(tcvn3), issuers: ISSUERS, today: '2025-04-01' });
    expect(result.errors).toEqual([]);
    expect(result.frontmatter).toMatchObject({ issuer: 'tinh-uy-hau-giang', number: '72', date: '2025-03-28', subject: 'Công tác quý II năm 2025', status: 'ban-hanh' });
    expect(result.body).toContain('## I. Nhiệm vụ trọng tâm');
    expect(result.body).toContain('1. Tiếp tục thực hiện Nghị quyết số 07-NQ/TU ngày 09/11/2022 của Ban Chấp hành Đảng bộ tỉnh.');
  });
});
