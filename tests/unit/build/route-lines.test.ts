import { describe, expect, it } from 'vitest';
import { createRouteLineFilter, isRouteLine } from '../../../src/lib/build/route-lines';

describe("Astro's route lines in the build log", () => {
  it('are recognised, with or without time and colours', () => {
    expect(isRouteLine('18:01:15   ├─ /van-ban/loai/chi-thi/index.html (+16ms) ')).toBe(true);
    expect(isRouteLine('  └─ /index.html (+9ms)')).toBe(true);
    expect(isRouteLine('\u001b[2m18:01:15\u001b[22m   ├─ \u001b[2m/404.html\u001b[22m (+354ms)')).toBe(true);
    expect(isRouteLine('18:01:15 [citation-report] Trích dẫn: 12 tìm thấy')).toBe(false);
    expect(isRouteLine('18:01:14 ▶ src/pages/van-ban/[id].astro')).toBe(false);
    expect(isRouteLine('  Tệp / File: content/programmes/a.mdx:15')).toBe(false);
  });

  it('are counted and dropped from the output; every other line passes, even split across chunks', () => {
    let out = '';
    const filter = createRouteLineFilter((t) => (out += t));
    filter.push('18:01:14 [build] Rearranging\n18:01:14   ├─ /404.ht');
    filter.push('ml (+354ms) \n18:01:15   └─ /index.html (+9ms)\n18:01:15 [build] Complete!');
    filter.flush();
    expect(out).toBe('18:01:14 [build] Rearranging\n18:01:15 [build] Complete!');
    expect(filter.count()).toBe(2);
  });
});
