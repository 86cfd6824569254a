import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, PROGRAMME_PATH } from './fixtures';
import { collapseSpaces, normalizeText } from '../../src/lib/text';

const SEED = fileURLToPath(new URL('../../content/sources/chuong-trinh-cong-tac-quy-I-2025-tinh-uy-hau-giang.txt', import.meta.url));

const SECTIONS = [
  ['muc-ii-1-1', '1.1. Công tác chính trị, tư tưởng và đạo đức'],
  ['muc-ii-1-2', '1.2. Công tác tổ chức, cán bộ'],
  ['muc-ii-1-3', '1.3. Công tác dân vận'],
  ['muc-ii-1-4', '1.4. Công tác Mặt trận Tổ quốc và các đoàn thể'],
  ['muc-ii-1-5', '1.5. Xây dựng chính quyền, cải cách hành chính'],
  ['muc-ii-1-6', '1.6. Công tác kiểm tra, giám sát, thi hành kỷ luật Đảng'],
  ['muc-ii-1-7', '1.7. Công tác nội chính và phòng, chống tham nhũng, tiêu cực'],
  ['muc-ii-2-1', '2.1. Lĩnh vực kinh tế'],
  ['muc-ii-2-2', '2.2. Văn hóa, xã hội'],
  ['muc-ii-3-1', '3.1. Công tác quốc phòng, an ninh'],
  ['muc-ii-3-2', '3.2. Công tác đối ngoại'],
] as const;

/** Text as compared: normalised (NFC, look-alikes, spaces), one space between words. */
const norm = (s: string): string => collapseSpaces(normalizeText(s));

/** The body of the seed (after the header rule), split into sentences. */
function seedSentences(): string[] {
  const text = readFileSync(SEED, 'utf8');
  const body = text.slice(text.indexOf('-----') + 5);
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    // Numbers of headings and focus tasks are rendered as heading text or list markers.
    .map((line) => line.replace(/^(?:[IVX]+|\d+)\.\s+/, ''))
    .flatMap((line) => line.split(/(?<=[.;:!?…])\s+/u))
    .map(norm)
    .filter((s) => s.length > 0);
}

test.describe('programme page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(PROGRAMME_PATH);
  });

  test('shows the title, the header block laid out like the printed document, and the draft mark', async ({ page }) => {
    await expect(page).toHaveTitle(/Chương trình công tác quý I năm 2025/);
    const h1 = page.locator('h1');
    await expect(h1).toHaveCount(1);
    await expect(h1).toContainText('CHƯƠNG TRÌNH');
    await expect(h1).toContainText('Công tác quý I năm 2025');
    const header = page.locator('.doc-header');
    await expect(header.locator('.doc-header__issuer')).toHaveText('TỈNH ỦY HẬU GIANG');
    await expect(header.locator('.doc-header__star')).toHaveText('*');
    await expect(header.locator('.doc-header__party')).toHaveText('ĐẢNG CỘNG SẢN VIỆT NAM');
    await expect(header.locator('.doc-header__number')).toContainText('-CTr/TU');
    await expect(header.locator('.doc-header__number')).toContainText('(chưa có số)');
    const date = header.locator('.doc-header__date em');
    await expect(date).toContainText('Hậu Giang, ngày');
    await expect(date).toContainText('năm 2024');
    await expect(header.locator('[data-draft-mark]')).toHaveText('Dự thảo');
    await expect(page.locator('.draft-banner')).toContainText('Dự thảo');

    // Layout: issuing body top left, party name top right, title centred below both.
    const issuerBox = await header.locator('.doc-header__issuer').boundingBox();
    const partyBox = await header.locator('.doc-header__party').boundingBox();
    const titleBox = await h1.boundingBox();
    expect(issuerBox && partyBox && titleBox).toBeTruthy();
    if (issuerBox && partyBox && titleBox) {
      expect(issuerBox.x).toBeLessThan(partyBox.x);
      expect(Math.abs(issuerBox.y - partyBox.y)).toBeLessThan(10);
      expect(titleBox.y).toBeGreaterThan(partyBox.y + partyBox.height);
    }
    await expect(h1).toHaveCSS('text-align', 'center');
    await expect(date).toHaveCSS('font-style', 'italic');
  });

  test('lists the six focus tasks of part I', async ({ page }) => {
    const items = page.locator('.document__body ol > li[id^="muc-i-y-"]');
    await expect(items).toHaveCount(6);
    for (let n = 1; n <= 6; n += 1) await expect(page.locator(`#muc-i-y-${n}`)).toBeVisible();
    await expect(page.locator('#muc-i-y-1')).toContainText('Triển khai thực hiện sắp xếp, tinh gọn tổ chức bộ máy');
    await expect(page.locator('#muc-i-y-6')).toContainText('hoàn thành chỉ tiêu giao quân năm 2025');
  });

  test('has every numbered section 1.1 … 3.2 as a heading with a stable anchor', async ({ page }) => {
    await expect(page.locator('#muc-i')).toHaveText('I. Các nhiệm vụ trọng tâm');
    await expect(page.locator('#muc-ii')).toHaveText('II. Những nhiệm vụ và giải pháp');
    await expect(page.locator('#muc-ii-1')).toHaveText('1. Công tác xây dựng Đảng');
    await expect(page.locator('#muc-ii-2')).toHaveText('2. Phát triển kinh tế - xã hội');
    await expect(page.locator('#muc-ii-3')).toHaveText('3. Về nhiệm vụ quốc phòng, an ninh và đối ngoại');
    for (const [id, text] of SECTIONS) {
      const heading = page.locator(`#${id}`);
      await expect(heading).toHaveText(text);
      expect(await heading.evaluate((el) => el.tagName)).toMatch(/^H[2-6]$/);
    }
  });

  test('each table-of-contents link lands on its section', async ({ page }) => {
    const links = page.locator('[data-toc] a');
    const count = await links.count();
    expect(count).toBe(2 + 3 + SECTIONS.length);
    for (let i = 0; i < count; i += 1) {
      const link = links.nth(i);
      const hash = (await link.getAttribute('href')) ?? '';
      expect(hash).toMatch(/^#muc-[a-z0-9-]+$/);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${hash}$`));
      const target = page.locator(hash);
      await expect(target).toBeInViewport();
      expect(await target.innerText()).toBe(await link.innerText());
    }
  });

  test('a shared link to section 1.6 opens at that section', async ({ page }) => {
    await page.goto(`${PROGRAMME_PATH}#muc-ii-1-6`);
    await expect(page.locator('#muc-ii-1-6')).toBeInViewport();
    await expect(page.locator('#muc-ii-1-6')).toContainText('1.6. Công tác kiểm tra, giám sát');
  });

  test('every sentence of the seed body appears in the page', async ({ page }) => {
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(150);
    const pageText = norm(await page.locator('.document__body').innerText());
    const missing = sentences.filter((s) => !pageText.includes(s));
    expect(missing).toEqual([]);
  });

  test('keeps the text as written: decomposed diacritics, look-alike letters and no-break spaces are not rewritten', async ({ page }) => {
    const html = await page.locator('.document__body').innerHTML();
    expect(html).toContain('chi\u0301nh tri\u0323');
    expect(html).toContain('\u00D0ổi mới công tác khuyến nông');
    expect(html).toMatch(/\u00A0|&nbsp;/);
    expect(html).not.toContain('-----');
  });

  test('shows the editorial note beside the document, marked as such', async ({ page }) => {
    const note = page.locator('.editorial');
    await expect(note).toContainText('Ghi chú biên tập');
    await expect(note).toContainText('không thuộc văn bản gốc');
    expect(await page.locator('.document .editorial').count()).toBe(0);
  });
});
