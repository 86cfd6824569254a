/**
 * `npm run import` end to end, on a real build: a generated .docx (header
 * table, Word numbering, citations, footnote, TCVN3/VNI runs, `{ < |`) is
 * imported with the command into a temporary copy of the small fixture site
 * (tests/build-errors/harness.ts), the site builds, and the programme page
 * has the header, the numbered sections with their anchors and the citations
 * linked to the documents' pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgrammeDocx } from '../fixtures/import/docx-builder';
import { prepareSite, removeSite, runBuild } from './harness';

const PROJECT = resolve(import.meta.dirname, '../..');
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) removeSite(root);
});

function runImport(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(join(PROJECT, 'node_modules/.bin/tsx'), [join(PROJECT, 'scripts/import.ts'), ...args], { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

describe('npm run import, then npm run build', () => {
  it('shows the imported programme with its header, numbered sections and linked citations', async () => {
    const root = prepareSite('import');
    roots.push(root);
    const docx = join(root, 'chuong-trinh-quy-ii.docx');
    writeFileSync(docx, await buildProgrammeDocx({ header: 'table' }));

    const imported = await runImport([docx, '--out', root]);
    expect(imported.code, imported.output).toBe(0);
    expect(imported.output).toContain('Đã ghi tệp');
    expect(imported.output).toContain('đã khôi phục 8 số thứ tự');
    const file = join(root, 'content/programmes/tinh-uy-hau-giang/2025-quy-ii.mdx');
    expect(existsSync(file)).toBe(true);

    const run = await runBuild(root);
    expect(run.code, run.output).toBe(0);
    const html = readFileSync(join(root, 'dist/chuong-trinh/tinh-uy-hau-giang/2025-quy-ii/index.html'), 'utf8');
    // The header block.
    for (const text of ['TỈNH ỦY HẬU GIANG', 'ĐẢNG CỘNG SẢN VIỆT NAM', '72-CTr/TU', 'CHƯƠNG TRÌNH', 'Công tác quý II năm 2025']) expect(html).toContain(text);
    // Numbered sections with the site's anchors.
    expect(html).toMatch(/<h2[^>]*id="muc-ii"[^>]*>[\s\S]*?II\. Những nhiệm vụ và giải pháp/u);
    expect(html).toMatch(/<h4[^>]*id="muc-ii-1-1"[^>]*>[\s\S]*?1\.1\. Công tác chính trị, tư tưởng/u);
    expect(html).toMatch(/id="muc-i-y-2"/u);
    // The citation of a registered document links to its page.
    expect(html).toMatch(/<a[^>]*href="\/van-ban\/nq-07-tu-2022\/?"[^>]*>[^<]*07-NQ\/TU/u);
    // Text as written: braces, "<", "|", converted TCVN3 and VNI.
    expect(html).toContain('Chỉ tiêu {năm 2025} đạt &lt;5% hộ nghèo; tỷ lệ a | b | c');
    expect(html).toContain('Đẩy mạnh công tác tuyên truyền, vận động nhân dân.');
    expect(html).toContain('Đẩy mạnh công tác dân vận ở cơ sở.');
  });
});
