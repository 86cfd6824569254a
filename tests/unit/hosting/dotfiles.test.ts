import { describe, expect, it } from 'vitest';
import { isDotPath, topDotPaths } from '../../../src/lib/hosting/dotfiles';

describe('dot paths', () => {
  it('are any path with a segment starting with a dot', () => {
    expect(isDotPath('.env')).toBe(true);
    expect(isDotPath('img/.logo.svg.swp')).toBe(true);
    expect(isDotPath('a/.git/config')).toBe(true);
    expect(isDotPath('pagefind/pagefind.js')).toBe(false);
    expect(isDotPath('chuong-trinh/index.html')).toBe(false);
  });

  it('are dropped from the top: a hidden folder once, not each file in it', () => {
    expect(topDotPaths(['index.html', '.env', 'a/.git', 'a/.git/config', 'a/.git/HEAD', 'b/.c.swp', 'b/c.html'])).toEqual(['.env', 'a/.git', 'b/.c.swp']);
  });
});
