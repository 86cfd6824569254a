/** The CSS repeats the tuned constants of READING; these tests keep both equal. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READING, TEXT_SIZES } from '../../../src/lib/reading';

const CSS = readFileSync(new URL('../../../src/styles/reading.css', import.meta.url), 'utf8');

describe('reading.css follows READING', () => {
  it('left-aligns body text below justifyFromRem and nowhere else', () => {
    expect(READING.justifyFromRem).toBe(36);
    expect(CSS).toContain(`@media not (min-width: ${READING.justifyFromRem}rem) {\n  .document__body { text-align: left; }`);
    expect(CSS.match(/text-align: left/gu)).toHaveLength(1);
  });

  it('scales the text in three steps', () => {
    expect(TEXT_SIZES).toEqual(['normal', 'large', 'larger']);
    for (const size of TEXT_SIZES) {
      if (size === 'normal') continue;
      const percent = Math.round(READING.textScale[size] * 100);
      expect(CSS).toContain(`:root[data-text-size='${size}'] { font-size: ${percent}%; }`);
    }
    expect(READING.textScale.normal).toBe(1);
    expect(READING.textScale.large).toBeGreaterThan(1);
    expect(READING.textScale.larger).toBeGreaterThan(READING.textScale.large);
  });

  it('keeps the sticky bar clear of anchors', () => {
    expect(CSS).toContain(`scroll-padding-top: ${READING.stickyBarOffsetRem}rem;`);
  });
});
