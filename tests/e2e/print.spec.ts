/**
 * Print: the PDF Chromium prints of the programme page (A4, print styles)
 * holds the document's header block and none of the site's navigation. The
 * PDF's text is read with pdftotext (Debian's poppler-utils, installed by .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, PROGRAMME_PATH } from './fixtures';
import { collapseSpaces, normalizeText } from '../../src/lib/text';

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'van-kien-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const out = spawnSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
    if (out.error) throw new Error(`pdftotext is missing (apt-get install poppler-utils): ${out.error.message}`);
    if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`);
    return out.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the printed programme has the header block and no navigation', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  const text = collapseSpaces(normalizeText(pdfText(pdf)));
  for (const expected of ['TỈNH ỦY HẬU GIANG', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CHƯƠNG TRÌNH', 'Công tác quý I năm 2025', '1.6. Công tác kiểm tra, giám sát']) {
    expect(text, expected).toContain(expected);
  }
  // The header block comes first, before the body.
  expect(text.indexOf('TỈNH ỦY HẬU GIANG')).toBeLessThan(text.indexOf('I. Các nhiệm vụ trọng tâm'));
  for (const navigation of ['Trang chủ', 'Mục lục', 'Bỏ qua, đến nội dung chính', 'Văn kiện – Chương trình công tác', 'Trang tra cứu nội bộ', 'Nguồn văn bản', 'Ghi chú biên tập']) {
    expect(text, navigation).not.toContain(navigation);
  }
});
