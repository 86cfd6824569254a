/**
 * Tuned constants of reading (phone, print, reader tools), in one table.
 * The stylesheet `src/styles/reading.css` repeats the CSS ones (CSS cannot
 * import TypeScript); `tests/unit/reading/constants.test.ts` fails when the
 * two disagree or when a value is removed.
 */
export const READING = {
  /**
   * Below this width (rem) body text is left-aligned: at 360 px a justified
   * line of 30–35 characters opens gaps of several spaces between Vietnamese
   * words. From this width on (and on paper) the text is justified, as the
   * format of Party documents prescribes.
   */
  justifyFromRem: 36,
  /** Text size steps: factor applied to the document text. */
  textScale: { normal: 1, large: 1.15, larger: 1.3 },
  /** Height kept free at the top when jumping to an anchor, so the sticky bar does not cover the heading (rem). */
  stickyBarOffsetRem: 3.5,
} as const;

export type TextSize = keyof typeof READING.textScale;
export const TEXT_SIZES = Object.keys(READING.textScale) as TextSize[];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * localStorage keys. `public/reading-prefs.js` (run in <head> before the first
 * paint) reads the same keys; a unit test runs that file against these.
 */
export const STORAGE_KEYS = { theme: 'van-kien:theme', textSize: 'van-kien:text-size' } as const;
