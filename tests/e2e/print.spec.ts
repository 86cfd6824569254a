/**
 * Print: the PDF Chromium prints of the programme page (A4, print styles)
 * holds the document's header block and none of the site's navigation; every
 * page has "Trang N/M" and the document's symbol and title in its footer; every
 * glyph is in the document face (no fallback font in the PDF's font list).
 * The PDF's text is read with pdftotext, its fonts with pdffonts (Debian's
 * poppler-utils, installed by .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, PROGRAMME_PATH } from './fixtures';
import { collapseSpaces, normalizeText } from '../../src/lib/text';

function poppler(tool: 'pdftotext' | 'pdffonts', args: string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'van-kien-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const out = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
    if (out.error) throw new Error(`${tool} is missing (apt-get install poppler-utils): ${out.error.message}`);
    if (out.status !== 0) throw new Error(`${tool} failed: ${out.stderr}`);
    return out.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pdfText(pdf: Buffer): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', '-layout'], pdf);
}

/** Font names of a PDF (pdffonts: two header lines, then one font a line, name first; subset prefix "ABCDEF+" removed). */
function pdfFonts(pdf: Buffer): string[] {
  return poppler('pdffonts', [], pdf)
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/u)[0] ?? '')
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/u, ''));
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
  for (const navigation of ['Trang chủ', 'Mục lục', 'Bỏ qua, đến nội dung chính', 'Văn kiện – Chương trình công tác', 'Trang tra cứu nội bộ', 'Nguồn văn bản', 'Ghi chú biên tập', 'Về đầu trang', 'In văn bản']) {
    expect(text, navigation).not.toContain(navigation);
  }
});

test('every printed page has "Trang N/M" and the symbol and title in its footer; every glyph is in the document face', async ({ page }, info) => {
  await page.goto(PROGRAMME_PATH);
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  writeFileSync(info.outputPath('programme.pdf'), pdf);
  const pages = pdfText(pdf).split('\f').filter((p) => p.trim() !== '').map((p) => collapseSpaces(normalizeText(p)));
  expect(pages.length).toBeGreaterThan(3);
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain(`Trang ${i + 1}/${pages.length}`);
    expect(text, `page ${i + 1}`).toContain(normalizeText('Dự thảo – Chương trình công tác quý I năm 2025'));
  });
  const fonts = pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  // Tinos here (no Times New Roman on the test machines); any other name is a fallback face.
  expect(fonts.filter((name) => !/^(Tinos|TimesNewRoman)/u.test(name)), `fonts: ${fonts.join(', ')}`).toEqual([]);
  expect(fonts.some((name) => name.startsWith('Tinos-Bold'))).toBe(true);
});
