import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCitations } from '../../../src/lib/citations';
import {
  ALIAS_PREFIX,
  aliasToken,
  citationAliasTokens,
  isAliasToken,
  ownSymbolKeys,
  parseSymbolQuery,
  stripAliasTokens,
  symbolKeys,
} from '../../../src/lib/search/symbols';

const SEED = readFileSync(new URL('../../../content/sources/chuong-trinh-cong-tac-quy-I-2025-tinh-uy-hau-giang.txt', import.meta.url), 'utf8');

describe('symbolKeys', () => {
  it('gives code+number+issuer, code+number and code+issuer, number without its leading zero', () => {
    expect(symbolKeys({ codes: ['nq'], number: 7, issuer: 'tu' })).toEqual(['nq7tu', 'nq7', 'nqtu']);
    expect(symbolKeys({ codes: ['nq'], number: 27 })).toEqual(['nq27']);
    expect(symbolKeys({ codes: ['qd'], issuer: 'TU' })).toEqual(['qdtu']);
  });
});

describe('parseSymbolQuery: any common spelling of a symbol', () => {
  it.each([
    ['27-NQ/TW', ['nq27tw'], 'full'],
    ['27/NQ-TW', ['nq27tw'], 'full'],
    ['27/nq-tw', ['nq27tw'], 'full'],
    ['27-nq-tw', ['nq27tw'], 'full'],
    ['27 – NQ / TW', ['nq27tw'], 'full'],
    ['27nqtw', ['nq27tw'], 'full'],
    ['NQ 27', ['nq27'], 'number'],
    ['nq27', ['nq27'], 'number'],
    ['nq 27 tw', ['nq27tw'], 'full'],
    ['nghị quyết 27', ['nq27'], 'number'],
    ['Nghị quyết số 27', ['nq27'], 'number'],
    ['Nghi quyet so 27', ['nq27'], 'number'],
    ['NGHỊ QUYẾT 27', ['nq27'], 'number'],
    ['nghi\u0323 quyê\u0301t 27', ['nq27'], 'number'],
    ['nq 7', ['nq7'], 'number'],
    ['nq 07', ['nq7'], 'number'],
    ['07-NQ/TU', ['nq7tu'], 'full'],
    ['qd 4218', ['qd4218'], 'number'],
    ['qđ 4218', ['qd4218'], 'number'],
    ['Q\u00D0 4218', ['qd4218'], 'number'],
    ['quy định 4218', ['qd4218'], 'number'],
    ['quy dinh so 4218', ['qd4218'], 'number'],
    ['quyết định 290', ['qd290'], 'number'],
    ['4218/QĐ-TU', ['qd4218tu'], 'full'],
    ['qd/tu', ['qdtu'], 'code-issuer'],
    ['QĐ/TU', ['qdtu'], 'code-issuer'],
    ['qd tu', ['qdtu'], 'code-issuer'],
    ['ĐA TU', ['datu'], 'code-issuer'],
    ['nqtw', ['nqtw'], 'code-issuer'],
    ['08-QĐi/TW', ['qdi8tw'], 'full'],
    ['chỉ thị 27', ['ct27'], 'number'],
    ['đề án 08', ['da8'], 'number'],
    ['de an so 08', ['da8'], 'number'],
    ['hd 08', ['hd8'], 'number'],
    ['08-HD/UBKTTW', ['hd8ubkttw'], 'full'],
    ['Quy định số 144-CT/TW', ['ct144tw'], 'full'],
    ['30/2020/NĐ-CP', ['nd30cp'], 'full'],
    ['30/2020/nđ-cp', ['nd30cp'], 'full'],
    ['1588/QĐ-TTg', ['qd1588ttg'], 'full'],
  ])('%s → %j', (q, keys, form) => {
    const s = parseSymbolQuery(q);
    expect(s?.keys).toEqual(keys);
    expect(s?.form).toBe(form);
  });

  it.each(['chuyen doi so', 'dân vận khéo', '27', '4218', 'ke hoach', 'nghị quyết', 'đề án', 'da tu', 'đã tu', '95 nam thanh lap dang', 'so 27', 'nq', 'tu', ''])(
    '%j is not a symbol',
    (q) => {
      expect(parseSymbolQuery(q)).toBeUndefined();
    },
  );

  it('finds the symbol inside other words and reports its span', () => {
    const q = 'cải cách nq 27 tư pháp';
    const s = parseSymbolQuery(q);
    expect(s?.keys).toEqual(['nq27']);
    expect(q.slice(s?.start, s?.end)).toBe('nq 27');
  });

  it('also searches text for a type word with a year-like number (kế hoạch 2025)', () => {
    expect(parseSymbolQuery('kế hoạch 2025')?.alsoText).toBe(true);
    expect(parseSymbolQuery('quy định 4218')?.alsoText).toBe(false);
    expect(parseSymbolQuery('KH 2025/TU')?.alsoText).toBe(false);
  });

  it('labels the symbol for messages', () => {
    expect(parseSymbolQuery('nq 7 tu')?.label).toBe('07-NQ/TU');
    expect(parseSymbolQuery('qd 4218')?.label).toBe('QĐ 4218');
    expect(parseSymbolQuery('qd/tu')?.label).toBe('QĐ/TU');
    expect(parseSymbolQuery('27-NQ/TW')?.label).toBe('27-NQ/TW');
  });
});

describe('alias words of citations (index side)', () => {
  const tokensOf = (text: string): string[] => parseCitations(text).flatMap(citationAliasTokens);

  it('keys a citation under every form', () => {
    expect(tokensOf('Nghị quyết số 07-NQ/TU ngày 09/11/2022')).toEqual(['vbshnq7tu', 'vbshnq7', 'vbshnqtu']);
  });

  it('keys a QĐi regulation under QĐ too, and an erratum under the type word’s codes', () => {
    expect(tokensOf('Quy định số 08-QĐi/TW')).toEqual(expect.arrayContaining(['vbshqdi8tw', 'vbshqd8tw', 'vbshqd8']));
    expect(tokensOf('Quy định số 144-CT/TW, ngày 09/5/2024')).toEqual(
      expect.arrayContaining(['vbshct144tw', 'vbshqd144tw', 'vbshqd144', 'vbshqdi144']),
    );
  });

  it('has nothing for laws without a type code', () => {
    expect(tokensOf('Luật số 59/2020/QH14')).toEqual([]);
  });

  it('agrees with the query side for every citation of the seed programme', () => {
    const citations = parseCitations(SEED);
    expect(citations.length).toBeGreaterThanOrEqual(10);
    for (const c of citations) {
      const tokens = citationAliasTokens(c);
      for (const spelling of [c.symbol, c.text, `${c.code} ${c.numberValue}`, `${c.number}/${c.code}-${c.issuerCode}`.toLowerCase()]) {
        const q = parseSymbolQuery(spelling);
        expect(q, spelling).toBeDefined();
        for (const key of q?.keys ?? []) expect(tokens, `${spelling} → ${key}`).toContain(aliasToken(key));
      }
    }
  });
});

describe('own symbol keys, alias words', () => {
  it('keys a page by its symbol and the other spellings of it', () => {
    expect(ownSymbolKeys(['144-QĐ/TW', '144-CT/TW'])).toEqual(expect.arrayContaining(['qd144tw', 'qd144', 'ct144tw']));
    expect(ownSymbolKeys([undefined, ''])).toEqual([]);
  });

  it('recognises and strips alias words', () => {
    expect(isAliasToken(`${ALIAS_PREFIX}nq27tw`)).toBe(true);
    expect(isAliasToken('vbsh')).toBe(false);
    expect(isAliasToken('27-NQ/TW')).toBe(false);
    expect(stripAliasTokens('số 27-NQ/TW vbshnq27tw vbshnq27 vbshnqtw của Ban')).toBe('số 27-NQ/TW của Ban');
  });
});

describe('issuer after a space', () => {
  it.each([
    ['NQ 27 TW', ['nq27tw']],
    ['nq 27 tw', ['nq27tw']],
    ['nq 27 tư pháp', ['nq27']],
    ['nq 27 tu phap', ['nq27']],
    ['nghị quyết 27 tư pháp', ['nq27']],
  ])('%s → %j', (q, keys) => {
    expect(parseSymbolQuery(q)?.keys).toEqual(keys);
  });
});

describe('alias words followed by punctuation (a symbol that ends a link)', () => {
  it('strips the alias words and keeps the punctuation in place', () => {
    expect(stripAliasTokens('Quy định số 144-CT/TW vbshct144tw vbshqditw, ngày 09/5/2024')).toBe('Quy định số 144-CT/TW, ngày 09/5/2024');
    expect(stripAliasTokens('vbshnq7 đầu câu')).toBe('đầu câu');
  });

  it('splits an alias word from its tail', async () => {
    const { aliasParts } = await import('../../../src/lib/search/symbols');
    expect(aliasParts('vbshqditw,')).toEqual({ token: 'vbshqditw', tail: ',' });
    expect(aliasParts('vbshnq27tw')).toEqual({ token: 'vbshnq27tw', tail: '' });
    expect(aliasParts('27-NQ/TW,')).toBeUndefined();
  });
});
