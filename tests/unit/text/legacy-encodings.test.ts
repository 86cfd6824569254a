import { describe, expect, it } from 'vitest';
import {
  DETECTION,
  detectEncoding,
  encodingOfFont,
  fitsDocumentEncoding,
  tcvn3ToUnicode,
  toUnicode,
  typedInCapitals,
  vniToUnicode,
} from '../../../src/lib/text/legacy-encodings';

/** Tones as combining marks, in the order of the rows below: none, sắc, huyền, hỏi, ngã, nặng. */
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const LETTERS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** Every vowel with every tone, as Unicode (NFC), lower case. */
function unicodeRow(letter: string): string[] {
  return TONE_MARKS.map((mark) => (letter + mark).normalize('NFC'));
}

/**
 * TCVN3 as typed with a .VnTime font, written out by hand from the code page
 * (TCVN 5712:1993 VN3): letter → codes for none, sắc, huyền, hỏi, ngã, nặng.
 */
const TCVN3_ROWS: Record<string, string[]> = {
  a: ['a', '¸', 'µ', '¶', '·', '¹'],
  ă: ['¨', '¾', '»', '¼', '½', 'Æ'],
  â: ['©', 'Ê', 'Ç', 'È', 'É', 'Ë'],
  e: ['e', 'Ð', 'Ì', 'Î', 'Ï', 'Ñ'],
  ê: ['ª', 'Õ', 'Ò', 'Ó', 'Ô', 'Ö'],
  i: ['i', 'Ý', '×', 'Ø', 'Ü', 'Þ'],
  o: ['o', 'ã', 'ß', 'á', 'â', 'ä'],
  ô: ['«', 'è', 'å', 'æ', 'ç', 'é'],
  ơ: ['¬', 'í', 'ê', 'ë', 'ì', 'î'],
  u: ['u', 'ó', 'ï', 'ñ', 'ò', 'ô'],
  ư: ['\u00AD', 'ø', 'õ', 'ö', '÷', 'ù'],
  y: ['y', 'ý', 'ú', 'û', 'ü', 'þ'],
};

/** VNI as typed with VNI-Times: lower case, then capitals (VNI has its own capital mark codes). */
const VNI_ROWS: Record<string, [string[], string[]]> = {
  a: [['a', 'aù', 'aø', 'aû', 'aõ', 'aï'], ['A', 'AÙ', 'AØ', 'AÛ', 'AÕ', 'AÏ']],
  ă: [['aê', 'aé', 'aè', 'aú', 'aü', 'aë'], ['AÊ', 'AÉ', 'AÈ', 'AÚ', 'AÜ', 'AË']],
  â: [['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'], ['AÂ', 'AÁ', 'AÀ', 'AÅ', 'AÃ', 'AÄ']],
  e: [['e', 'eù', 'eø', 'eû', 'eõ', 'eï'], ['E', 'EÙ', 'EØ', 'EÛ', 'EÕ', 'EÏ']],
  ê: [['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'], ['EÂ', 'EÁ', 'EÀ', 'EÅ', 'EÃ', 'EÄ']],
  i: [['i', 'í', 'ì', 'æ', 'ó', 'ò'], ['I', 'Í', 'Ì', 'Æ', 'Ó', 'Ò']],
  o: [['o', 'où', 'oø', 'oû', 'oõ', 'oï'], ['O', 'OÙ', 'OØ', 'OÛ', 'OÕ', 'OÏ']],
  ô: [['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'], ['OÂ', 'OÁ', 'OÀ', 'OÅ', 'OÃ', 'OÄ']],
  ơ: [['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï'], ['Ô', 'ÔÙ', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÏ']],
  u: [['u', 'uù', 'uø', 'uû', 'uõ', 'uï'], ['U', 'UÙ', 'UØ', 'UÛ', 'UÕ', 'UÏ']],
  ư: [['ö', 'öù', 'öø', 'öû', 'öõ', 'öï'], ['Ö', 'ÖÙ', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÏ']],
  y: [['y', 'yù', 'yø', 'yû', 'yõ', 'î'], ['Y', 'YÙ', 'YØ', 'YÛ', 'YÕ', 'Î']],
};

describe('TCVN3 (ABC) → Unicode', () => {
  for (const letter of LETTERS) {
    it(`every tone of ${letter} and ${letter.toUpperCase()}`, () => {
      const codes = TCVN3_ROWS[letter]!;
      const expected = unicodeRow(letter);
      codes.forEach((code, tone) => {
        expect(tcvn3ToUnicode(code), `${letter} tone ${tone}`).toBe(expected[tone]);
        // Capitals with a tone are drawn by the .VnTimeH font from the same codes.
        expect(tcvn3ToUnicode(code, { capitals: true }), `${letter.toUpperCase()} tone ${tone}`).toBe(expected[tone]!.toUpperCase());
      });
    });
  }

  it('đ, Đ and the capitals without tone have codes of their own', () => {
    expect(tcvn3ToUnicode('®§¡¢£¤¥¦')).toBe('đĐĂÂÊÔƠƯ');
    expect(tcvn3ToUnicode('®', { capitals: true })).toBe('Đ');
  });

  it('converts real TCVN3 text and leaves ASCII alone', () => {
    expect(tcvn3ToUnicode('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(tcvn3ToUnicode('§¶ng Céng s¶n ViÖt Nam, n\u00ADíc, §éc lËp - Tù do - H¹nh phóc')).toBe(
      'Đảng Cộng sản Việt Nam, nước, Độc lập - Tự do - Hạnh phúc',
    );
    expect(tcvn3ToUnicode('tØnh ñy hËu giang', { capitals: true })).toBe('TỈNH ỦY HẬU GIANG');
    expect(tcvn3ToUnicode('So 07-NQ/TU (1) [a] {b} <c> | d')).toBe('So 07-NQ/TU (1) [a] {b} <c> | d');
  });
});

describe('VNI → Unicode', () => {
  for (const letter of LETTERS) {
    it(`every tone of ${letter} and ${letter.toUpperCase()}`, () => {
      const [lower, upper] = VNI_ROWS[letter]!;
      const expected = unicodeRow(letter);
      lower.forEach((code, tone) => expect(vniToUnicode(code), `${letter} tone ${tone}`).toBe(expected[tone]));
      upper.forEach((code, tone) => expect(vniToUnicode(code), `${letter.toUpperCase()} tone ${tone}`).toBe(expected[tone]!.toUpperCase()));
    });
  }

  it('đ and Đ', () => {
    expect(vniToUnicode('ñ Ñ')).toBe('đ Đ');
  });

  it('converts real VNI text', () => {
    expect(vniToUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(vniToUnicode('ÑAÛNG COÄNG SAÛN VIEÄT NAM; Ñoäc laäp - Töï do - Haïnh phuùc; tröôøng')).toBe(
      'ĐẢNG CỘNG SẢN VIỆT NAM; Độc lập - Tự do - Hạnh phúc; trường',
    );
  });
});

describe('detection', () => {
  it('by font name', () => {
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(encodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont('.VnArialH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(encodingOfFont('VNI-Helve')).toEqual({ encoding: 'vni', capitals: false });
    expect(encodingOfFont('Times New Roman')).toBeUndefined();
    expect(encodingOfFont(undefined)).toBeUndefined();
  });

  it('by characters: TCVN3, VNI, Unicode', () => {
    expect(detectEncoding('Céng hßa x· héi chñ nghÜa ViÖt Nam').encoding).toBe('tcvn3');
    expect(detectEncoding('§Èy m¹nh c«ng t¸c tuyªn truyÒn, vËn ®éng').encoding).toBe('tcvn3');
    expect(detectEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam').encoding).toBe('vni');
    expect(detectEncoding('Ñaåy maïnh coâng taùc tuyeân truyeàn, vaän ñoäng').encoding).toBe('vni');
    expect(detectEncoding('Cộng hòa xã hội chủ nghĩa Việt Nam').encoding).toBe('unicode');
    expect(detectEncoding('Hello, world').encoding).toBe('unicode');
    // Unicode text with the Latin-1 vowels Vietnamese shares with TCVN3 (é, ê, ó …) only.
    expect(detectEncoding('Hòa bình, ý chí, có lúc').encoding).toBe('unicode');
  });

  it(`one telling character is not enough (DETECTION.minSignals = ${DETECTION.minSignals})`, () => {
    // "§" is TCVN3's Đ but also the section sign.
    expect(detectEncoding('Điều 5 § 2').encoding).toBe('unicode');
    expect(detectEncoding('See § 2 of the rules').encoding).toBe('unicode');
    expect(DETECTION.minSignals).toBeGreaterThan(1);
  });

  it(`a few telling characters in a long text are not enough (DETECTION.minShare = ${DETECTION.minShare})`, () => {
    const text = `«Quote» and § 3 ${'plain english words here '.repeat(10)}`;
    const guess = detectEncoding(text);
    expect(guess.signals.tcvn3).toBeGreaterThanOrEqual(DETECTION.minSignals);
    expect(guess.encoding).toBe('unicode');
  });

  it('a short text fits a TCVN3 document when the table changes it and it has no Unicode Vietnamese letter', () => {
    const fits = (text: string) => fitsDocumentEncoding(text, detectEncoding(text), 'tcvn3');
    expect(fits('Sè 72-CTr/TU')).toBe(true);
    expect(fits('I. Môc tiªu')).toBe(true);
    expect(fits('Số 72-CTr/TU')).toBe(false);
    expect(fits('72-CTr/TU')).toBe(false);
  });

  it('TCVN3 found by its characters, with capitals only in its plain letters, was typed in a capitals font', () => {
    expect(typedInCapitals('TØNH ñY HËU GIANG')).toBe(true);
    expect(typedInCapitals('Céng hßa')).toBe(false);
    expect(typedInCapitals('§')).toBe(false);
    expect(toUnicode('TØNH ñY HËU GIANG').text).toBe('TỈNH ỦY HẬU GIANG');
    expect(toUnicode('§¶NG CéNG S¶N VIÖT NAM').text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('toUnicode: font first, then characters, Unicode left alone', () => {
    expect(toUnicode('Ch\u00AD¬ng tr×nh', '.VnTime')).toEqual({ text: 'Chương trình', converted: 'tcvn3' });
    expect(toUnicode('ch\u00AD¬ng tr×nh', '.VnTimeH')).toEqual({ text: 'CHƯƠNG TRÌNH', converted: 'tcvn3' });
    expect(toUnicode('Chöông trình', 'VNI-Times')).toEqual({ text: 'Chương trình', converted: 'vni' });
    expect(toUnicode('Céng hßa x· héi chñ nghÜa', 'Times New Roman')).toEqual({ text: 'Cộng hòa xã hội chủ nghĩa', converted: 'tcvn3' });
    expect(toUnicode('Céng hßa x· héi chñ nghÜa', 'Times New Roman', false).converted).toBeUndefined();
    expect(toUnicode('Chương trình công tác', undefined)).toEqual({ text: 'Chương trình công tác', converted: undefined });
  });
});
