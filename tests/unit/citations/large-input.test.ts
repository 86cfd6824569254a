/**
 * The parser on a megabyte of input: it finds every citation in seed-like
 * text and completes on inputs built to provoke regex backtracking (a
 * backtracking regex would hang here until the test timeout). Speed itself
 * is measured by `npm run bench:parser`, not asserted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/lib/citations';
import { ADVERSARIAL_INPUTS, MB } from '../../../scripts/parser-inputs';

const SEED = readFileSync(
  new URL('../../../content/sources/chuong-trinh-cong-tac-quy-I-2025-tinh-uy-hau-giang.txt', import.meta.url),
  'utf8',
);

describe('parseCitations on large input', () => {
  it('finds every citation in 1 MB of seed-like text', () => {
    const copies = Math.ceil(MB / SEED.length);
    const text = SEED.repeat(copies);
    expect(text.length).toBeGreaterThanOrEqual(MB);
    expect(parseCitations(text)).toHaveLength(10 * copies);
  });

  it.each(ADVERSARIAL_INPUTS.map((input) => [input.name, input.text, input.citations] as const))(
    'completes on %s and finds exactly what is there',
    (_name, text, expected) => {
      const found = parseCitations(text);
      expect(found).toHaveLength(expected);
      for (const c of found.slice(0, 100)) expect(text.slice(c.start, c.end)).toBe(c.text);
    },
    20_000,
  );
});
