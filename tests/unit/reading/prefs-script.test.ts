/**
 * public/reading-prefs.js runs in <head> before the first paint; it cannot
 * import src/lib/reading/prefs.ts. Run the real file against every stored
 * value and compare it with the library's rules and keys.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS, parseTextSize, parseTheme, rootAttributes } from '../../../src/lib/reading';

const SCRIPT = readFileSync(new URL('../../../public/reading-prefs.js', import.meta.url), 'utf8');

function run(storage: Record<string, string> | 'blocked'): { attributes: Record<string, string>; classes: string[] } {
  const attributes: Record<string, string> = {};
  const classes: string[] = [];
  const documentElement = {
    setAttribute: (name: string, value: string) => {
      attributes[name] = value;
    },
    classList: { add: (c: string) => classes.push(c) },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (storage === 'blocked') throw new Error('SecurityError');
      return storage[key] ?? null;
    },
  };
  runInNewContext(SCRIPT, { document: { documentElement }, window: { localStorage } });
  return { attributes, classes };
}

describe('public/reading-prefs.js', () => {
  const values = [undefined, 'system', 'light', 'dark', 'normal', 'large', 'larger', 'sepia', ''];
  for (const theme of values) {
    for (const size of values) {
      it(`theme ${String(theme)}, size ${String(size)}`, () => {
        const stored: Record<string, string> = {};
        if (theme !== undefined) stored[STORAGE_KEYS.theme] = theme;
        if (size !== undefined) stored[STORAGE_KEYS.textSize] = size;
        const { attributes, classes } = run(stored);
        expect(attributes).toEqual(rootAttributes(parseTheme(theme), parseTextSize(size)));
        expect(classes).toEqual(['js']);
      });
    }
  }

  it('uses the defaults when storage is blocked', () => {
    expect(run('blocked')).toEqual({ attributes: {}, classes: ['js'] });
  });
});
