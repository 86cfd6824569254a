import { test, expect, PROGRAMME_PATH } from './fixtures';
import { collapseSpaces, normalizeText } from '../../src/lib/text';

/** The ten documents the seed cites by symbol: link text in the programme → document page id and heading. */
const CITED = [
  ['Quy định số 144-CT/TW', 'qd-144-tw-2024', 'Quy định số 144-QĐ/TW'],
  ['Quy định số 4218-QĐ/TU', 'qd-4218-tu-hau-giang-2024', 'Quy định số 4218-QĐ/TU'],
  ['Đề án số 08-ĐA/TU', 'da-08-tu-hau-giang-2023', 'Đề án số 08-ĐA/TU'],
  ['Quy chế số 20-QC/TU', 'qc-20-tu-hau-giang-2023', 'Quy chế số 20-QC/TU'],
  ['Quyết định số 290-QĐ/TW', 'qd-290-tw-2010', 'Quyết định số 290-QĐ/TW'],
  ['Hướng dẫn số 08-HD/UBKTTW', 'hd-08-ubkttw-2024', 'Hướng dẫn số 08-HD/UBKTTW'],
  ['Chỉ thị số 27-CT/TW', 'ct-27-tw-2023', 'Chỉ thị số 27-CT/TW'],
  ['Nghị quyết số 27-NQ/TW', 'nq-27-tw-2022', 'Nghị quyết số 27-NQ/TW'],
  ['Nghị quyết số 07-NQ/TU', 'nq-07-tu-hau-giang-2022', 'Nghị quyết số 07-NQ/TU'],
  ['Nghị quyết số 20-NQ/TW', 'nq-20-tw-2022', 'Nghị quyết số 20-NQ/TW'],
] as const;

const NAMED = [
  ['Chương trình công tác năm 2025', 'ctr-cong-tac-2025-tu-hau-giang'],
  ['Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030', 'quy-hoach-tinh-hau-giang-2021-2030'],
] as const;

const norm = (s: string): string => collapseSpaces(normalizeText(s));

test('every citation in the seed programme is a link, in text order', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  const links = page.locator('.document__body a.cite');
  const texts = (await links.allInnerTexts()).map(norm);
  expect(texts.filter((t) => !NAMED.some(([n]) => n === t))).toEqual(CITED.map(([text]) => text));
  expect(texts).toEqual(expect.arrayContaining(NAMED.map(([text]) => text)));
  expect(await links.count()).toBe(CITED.length + NAMED.length);
  // No link inside a link.
  expect(await page.locator('.document__body a a').count()).toBe(0);
});

for (const [text, id, heading] of CITED) {
  test(`“${text}” opens its document page, which deep-links back to the citing paragraph`, async ({ page }) => {
    await page.goto(PROGRAMME_PATH);
    const link = page.locator('.document__body a.cite', { hasText: text }).first();
    await expect(link).toHaveAttribute('href', new RegExp(`van-ban/${id}/$`));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`van-ban/${id}/$`));
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('.meta-table')).toContainText('Số ký hiệu');

    const programme = page.locator('[data-citing-programme="tinh-uy-hau-giang/2025-quy-i"]');
    await expect(programme).toContainText('Chương trình công tác quý I năm 2025');
    const deep = programme.locator('[data-deep-link]').first();
    await expect(deep).toContainText('Mục');
    const excerpt = programme.locator('.excerpt').first();
    await expect(excerpt.locator('mark')).toHaveText(text);
    const href = (await deep.getAttribute('href')) ?? '';
    const anchor = href.split('#')[1] ?? '';
    expect(anchor).toMatch(/^(muc|mo-dau)-[a-z0-9-]+$/);
    await deep.click();
    await expect(page).toHaveURL(new RegExp(`${PROGRAMME_PATH}#${anchor}$`));
    const target = page.locator(`#${anchor}`);
    await expect(target).toBeInViewport();
    await expect(target.locator('a.cite', { hasText: text })).toHaveCount(1);
  });
}

test('the erratum 144-CT/TW resolves to 144-QĐ/TW, with an editorial note, and the programme text stays as written', async ({ page }) => {
  await page.goto('van-ban/qd-144-tw-2024/');
  await expect(page.locator('.editorial')).toContainText('144-CT/TW');
  await page.goto(PROGRAMME_PATH);
  await expect(page.locator('#muc-ii-1-1-doan-1')).toContainText('Quy định số 144-CT/TW, ngày 09/5/2024 của Bộ Chính trị');
});

test('named references link to their documents', async ({ page }) => {
  for (const [text, id] of NAMED) {
    await page.goto(PROGRAMME_PATH);
    await page.locator('.document__body a.cite', { hasText: text }).first().click();
    await expect(page).toHaveURL(new RegExp(`van-ban/${id}/$`));
    await expect(page.locator('[data-citing-programme]')).toHaveCount(1);
  }
});

test('the programme page lists the documents it cites, with the sections', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  const list = page.locator('[data-cited-documents]');
  await expect(list.locator('[data-cited-document]')).toHaveCount(CITED.length + NAMED.length);
  const ct27 = list.locator('[data-cited-document="ct-27-tw-2023"]');
  await expect(ct27.getByRole('link', { name: 'Chỉ thị số 27-CT/TW' })).toHaveAttribute('href', /van-ban\/ct-27-tw-2023\/$/);
  await ct27.getByRole('link', { name: 'mục 1.7' }).click();
  await expect(page.locator('#muc-ii-1-7-doan-1')).toBeInViewport();
});

test('the document index groups documents by type and by issuing body', async ({ page }) => {
  await page.goto('van-ban/');
  await expect(page.locator('h1')).toHaveText('Văn bản được dẫn chiếu');
  const byType = page.locator('section[aria-labelledby="theo-loai"]');
  await expect(byType.locator('h3')).toContainText(['Chỉ thị', 'Nghị quyết', 'Quy định', 'Quyết định']);
  for (const [, id] of CITED) await expect(byType.locator(`[data-document="${id}"] a`)).toHaveAttribute('href', new RegExp(`van-ban/${id}/$`));
  const byIssuer = page.locator('section[aria-labelledby="theo-co-quan"]');
  await expect(byIssuer.locator('h3', { hasText: 'Bộ Chính trị' })).toBeVisible();
  // Ban Chấp hành Đảng bộ tỉnh Hậu Giang is Tỉnh ủy Hậu Giang (sameAs in content/issuers.yaml): one group, not two
  await expect(byIssuer.locator('h3', { hasText: 'Tỉnh ủy Hậu Giang' })).toHaveCount(1);
  await expect(byIssuer.locator('h3', { hasText: 'Ban Chấp hành Đảng bộ tỉnh Hậu Giang' })).toHaveCount(0);
});

test('a document no programme cites says so', async ({ page }) => {
  await page.goto('van-ban/nq-27-tw-2018/');
  await expect(page.locator('[data-cited-by]')).toContainText('Chưa có chương trình nào dẫn chiếu văn bản này.');
  await expect(page.locator('.notice')).toContainText('chưa được biên tập viên đối chiếu');
});
