/**
 * The citation report and its strict mode, on real builds: an ambiguous
 * citation is reported; CITATIONS_STRICT=1 fails the build on it; a known
 * erratum recorded as an alias in the registry does not fail it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { prepareSite, removeSite, runBuild } from './harness';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) removeSite(root);
});

function site(name: string): string {
  const root = prepareSite(name);
  roots.push(root);
  return root;
}

describe.concurrent('citation report', () => {
  it('prints the summary and the ambiguous and mismatched citations, and builds', async () => {
    const run = await runBuild(site('citations-strict'));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('Trích dẫn: 3 tìm thấy, 3 khớp danh mục, 0 theo tên, 0 tạo từ trích dẫn, 1 chưa rõ, 1 không khớp (1 đã ghi nhận');
    expect(run.output).toMatch(/chưa rõ: “Nghị quyết số 27-NQ\/TW” .* nq-27-tw-2022 \| nq-27-tw-2018/);
    expect(run.output).toContain('không khớp [đã ghi nhận]: “Quy định số 144-CT/TW”');
  });

  it('fails in strict mode on the ambiguous citation, with a short message', async () => {
    const run = await runBuild(site('citations-strict'), { CITATIONS_STRICT: '1' });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('CITATIONS_STRICT=1');
    expect(run.output).toContain('1 trích dẫn chưa rõ hoặc không khớp');
    expect(run.output).not.toMatch(/^\s+at\s.+:\d+:\d+\)?$/m);
  });

  it('keeps the build log to a few lines however many citations need an editor', async () => {
    const run = await runBuild(site('many-unknown'));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('7 tạo từ trích dẫn');
    expect(run.output.match(/tạo từ trích dẫn: “/g)).toHaveLength(5);
    expect(run.output).toContain('… và 2 trích dẫn khác cùng loại (xem tệp chi tiết)');
    // No nine-line Rolldown warning per programme about Astro's head-inject directive.
    expect(run.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });

  it('passes strict mode when every citation resolves', async () => {
    const run = await runBuild(site('base'), { CITATIONS_STRICT: '1' });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('0 chưa rõ, 0 không khớp');
  });
});
