/**
 * Reader preferences (colours, text size): parsing what localStorage holds and
 * what the <html> element gets. The same rules run before the first paint in
 * `public/reading-prefs.js` (plain JavaScript, no import); a unit test runs
 * that file and compares it with these functions.
 */
import { TEXT_SIZES, THEMES, type TextSize, type Theme } from './constants';

/** A stored theme, or 'system' for anything unknown (missing, old or tampered values). */
export function parseTheme(value: string | null | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
}

/** A stored text size, or 'normal' for anything unknown. */
export function parseTextSize(value: string | null | undefined): TextSize {
  return (TEXT_SIZES as readonly string[]).includes(value ?? '') ? (value as TextSize) : 'normal';
}

/**
 * Attributes of <html> for the preferences: `data-theme` only when the reader
 * chose light or dark (otherwise the system decides through the CSS media
 * query), `data-text-size` only when it is not the normal size.
 */
export function rootAttributes(theme: Theme, size: TextSize): { 'data-theme'?: 'light' | 'dark'; 'data-text-size'?: TextSize } {
  return {
    ...(theme === 'system' ? {} : { 'data-theme': theme }),
    ...(size === 'normal' ? {} : { 'data-text-size': size }),
  };
}
