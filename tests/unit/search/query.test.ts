import { describe, expect, it } from 'vitest';
import { analyzeQuery, hasSearchableTerms, MAX_QUERY_CHARS, MAX_TERMS, pagefindSearches, pagefindText } from '../../../src/lib/search/query';
import { encodeForIndex } from '../../../src/lib/search/encode';

describe('analyzeQuery', () => {
  it('folds words and keeps the marks as typed', () => {
    const q = analyzeQuery('  Chuyển  đổi số ');
    expect(q.text).toBe('Chuyển đổi số');
    expect(q.terms.map((t) => t.folded)).toEqual(['chuyen', 'doi', 'so']);
    expect(q.terms.map((t) => t.marked)).toEqual(['chuyển', 'đổi', 'số']);
    expect(q.terms[1]?.encoded).toBe(encodeForIndex('đổi'));
  });

  it('has no marked form for words typed without marks', () => {
    const q = analyzeQuery('dang uy');
    expect(q.terms.map((t) => t.marked)).toEqual([undefined, undefined]);
    expect(pagefindText(q.terms)).toBe('dang uy');
  });

  it('normalises decomposed diacritics, look-alikes and no-break spaces', () => {
    expect(analyzeQuery('chi\u0301nh\u00A0tri\u0323').terms).toEqual(analyzeQuery('chính trị').terms);
    expect(analyzeQuery('\u00D0ổi mới').terms).toEqual(analyzeQuery('đổi mới').terms);
  });

  it('splits on punctuation and drops what is not a letter or digit', () => {
    expect(analyzeQuery('kinh tế-xã hội; "dân vận"!').terms.map((t) => t.folded)).toEqual(['kinh', 'te', 'xa', 'hoi', 'dan', 'van']);
    expect(analyzeQuery('🙂 👍').terms).toEqual([]);
    expect(analyzeQuery('.*+?^${}()|[]\\').terms).toEqual([]);
    expect(hasSearchableTerms(analyzeQuery('   '))).toBe(false);
  });

  it('treats markup as words', () => {
    expect(analyzeQuery('<script>alert(1)</script>').terms.map((t) => t.folded)).toEqual(['script', 'alert', '1', 'script']);
  });

  it('cuts very long queries', () => {
    const q = analyzeQuery('dân vận '.repeat(200));
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(q.terms.length).toBeLessThanOrEqual(MAX_TERMS);
  });

  it('reads quotes as "side by side"', () => {
    expect(analyzeQuery('"dân vận khéo"').phrase).toBe(true);
    expect(analyzeQuery('“chuyển đổi số”').phrase).toBe(true);
    expect(analyzeQuery('dân vận khéo').phrase).toBe(false);
    expect(analyzeQuery('"dân"').phrase).toBe(false);
  });

  it('separates a symbol from the words around it', () => {
    const q = analyzeQuery('nghị quyết số 27 cải cách tư pháp');
    expect(q.symbol?.keys).toEqual(['nq27']);
    expect(q.terms.map((t) => t.folded)).toEqual(['cai', 'cach', 'tu', 'phap']);
    expect(analyzeQuery('văn bản số 27-NQ/TW').terms).toEqual([]);
  });
});

describe('pagefindSearches', () => {
  it('looks a symbol up exactly, the document’s own page first, with no text search', () => {
    expect(pagefindSearches(analyzeQuery('27/NQ-TW'))).toEqual([
      { term: '"vbshtrangnq27tw"', symbol: true },
      { term: '"vbshnq27tw"', symbol: true },
    ]);
  });

  it('searches words as encoded text', () => {
    expect(pagefindSearches(analyzeQuery('Đảng bộ'))).toEqual([{ term: `${encodeForIndex('đảng')} bộ`, symbol: false }]);
  });

  it('searches both for a type word with a year-like number', () => {
    expect(pagefindSearches(analyzeQuery('kế hoạch 2025'))).toEqual([
      { term: '"vbshtrangkh2025"', symbol: true },
      { term: '"vbshkh2025"', symbol: true },
      { term: 'kế hoạch 2025', symbol: false },
    ]);
  });

  it('searches nothing for nothing', () => {
    expect(pagefindSearches(analyzeQuery('!!!'))).toEqual([]);
  });
});

describe('analyzeQuery on any input', () => {
  it('never throws and stays bounded', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        const q = analyzeQuery(s);
        expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
        expect(q.terms.length).toBeLessThanOrEqual(MAX_TERMS);
        expect(() => pagefindSearches(q)).not.toThrow();
      }),
    );
  });
});
