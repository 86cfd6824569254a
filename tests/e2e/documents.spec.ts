/**
 * Document records: status, relations from both ends, the relation diagram
 * (its links and the list beside it), the document index and its filters.
 */
import { test, expect } from './fixtures';

/** Relation ids on a page: "type:direction:other". */
async function relationsOn(page: import('@playwright/test').Page, id: string): Promise<string[]> {
  await page.goto(`van-ban/${id}/`);
  return page.locator('[data-relations] [data-relation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-relation') ?? ''));
}

test('07-NQ/TU implements 20-NQ/TW: shown from both ends, marked as read from the text', async ({ page }) => {
  await page.goto('van-ban/nq-07-tu-hau-giang-2022/');
  const forward = page.locator('[data-relation-group="thuc-hien-xuoi"]');
  await expect(forward.locator('h3')).toHaveText('Thực hiện');
  await expect(forward.getByRole('link', { name: 'Nghị quyết số 20-NQ/TW', exact: true })).toHaveAttribute('href', /van-ban\/nq-20-tw-2022\/$/);
  await expect(forward.locator('[data-suggested]')).toContainText('theo văn bản dẫn chiếu, chưa được biên tập viên xác nhận');

  await page.goto('van-ban/nq-20-tw-2022/');
  const inverse = page.locator('[data-relation-group="thuc-hien-nguoc"]');
  await expect(inverse.locator('h3')).toHaveText('Được thực hiện bởi');
  await expect(inverse.getByRole('link', { name: 'Nghị quyết số 07-NQ/TU', exact: true })).toHaveAttribute('href', /van-ban\/nq-07-tu-hau-giang-2022\/$/);
  // the source of the suggestion links back to the citing paragraph
  await expect(inverse.locator('[data-suggested] a[href*="chuong-trinh/tinh-uy-hau-giang/2025-quy-i/#muc-"]')).toHaveCount(1);
});

test('a document page shows its subject under the title, a status badge and its properties', async ({ page }) => {
  await page.goto('van-ban/nq-20-tw-2022/');
  await expect(page.locator('h1 + .document-record__subject')).toContainText('kinh tế tập thể');
  await expect(page.locator('.document-record__status [data-status="chua-ro"]')).toHaveText('Chưa rõ hiệu lực');
  await expect(page.locator('.meta-table')).toContainText('Tình trạng hiệu lực');
});

test('every relation is shown from both ends', async ({ page }) => {
  await page.goto('van-ban/');
  const ids = await page.locator('[data-document]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-document') ?? ''))]);
  expect(ids.length).toBeGreaterThan(10);
  const all = new Map<string, string[]>();
  for (const id of ids) all.set(id, await relationsOn(page, id));
  let seen = 0;
  for (const [id, relations] of all) {
    for (const r of relations) {
      const [type, direction, other] = r.split(':');
      const mirror = `${type}:${direction === 'forward' ? 'inverse' : 'forward'}:${id}`;
      expect(all.get(other ?? '') ?? (await relationsOn(page, other ?? '')), `${id} ${r}`).toContain(mirror);
      seen += 1;
    }
  }
  expect(seen).toBeGreaterThanOrEqual(2);
});

test('the relation diagram: every box is a link that opens, and the list beside it names the same documents', async ({ page, request }) => {
  await page.goto('van-ban/nq-20-tw-2022/');
  const svg = page.locator('svg[data-diagram]');
  await expect(svg).toBeVisible();
  await expect(svg).toHaveAccessibleName(/Lược đồ quan hệ của Nghị quyết số 20-NQ\/TW/);
  const nodes = svg.locator('a[data-diagram-node]');
  const ids = await nodes.evaluateAll((els) => els.map((e) => [e.getAttribute('data-diagram-node') ?? '', e.getAttribute('href') ?? '']));
  expect(ids.map(([id]) => id)).toEqual(expect.arrayContaining(['nq-20-tw-2022', 'nq-07-tu-hau-giang-2022', 'ctr:tinh-uy-hau-giang/2025-quy-i']));
  const list = page.locator('[data-diagram-list]');
  for (const [id, href] of ids) {
    const response = await request.get(new URL(href ?? '', page.url()).toString());
    expect(response.status(), href).toBe(200);
    if (id === 'nq-20-tw-2022') continue;
    await expect(list.locator(`a[data-diagram-list-item="${id}"]`)).toHaveAttribute('href', href ?? '');
  }
  // a box is a real link: clicking it opens the related document
  await nodes.filter({ hasText: '07-NQ/TU' }).click();
  await expect(page).toHaveURL(/van-ban\/nq-07-tu-hau-giang-2022\/$/);
});

test('the diagram stays readable on a phone: the page does not scale it down, it scrolls inside its box', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('van-ban/nq-20-tw-2022/');
  const svg = page.locator('svg[data-diagram]');
  const box = await svg.boundingBox();
  const width = Number(await svg.getAttribute('width'));
  expect(box?.width).toBeCloseTo(width, 0);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(360);
});

test('/van-ban/ lists uncited documents apart, with status and citation count, and filters without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('van-ban/');
  const uncited = page.locator('[data-uncited]');
  await expect(uncited.locator('h2')).toHaveText('Văn bản liên quan');
  await expect(uncited.locator('[data-document="nq-27-tw-2018"]')).toContainText('chưa được dẫn chiếu');
  await expect(page.locator('section[aria-labelledby="theo-loai"] [data-document="nq-27-tw-2018"]')).toHaveCount(0);
  const entry = page.locator('section[aria-labelledby="theo-loai"] [data-document="nq-20-tw-2022"]');
  await expect(entry).toContainText('về tiếp tục đổi mới');
  await expect(entry.locator('[data-status]')).toHaveText('Chưa rõ hiệu lực');
  await expect(entry.locator('[data-citation-count]')).toHaveText('dẫn chiếu 1 lần');

  const byIssuer = page.locator('[data-facet="co-quan"]');
  await expect(byIssuer.getByRole('link', { name: 'Ban Chấp hành Đảng bộ tỉnh Hậu Giang' })).toHaveCount(0);
  await byIssuer.getByRole('link', { name: 'Tỉnh ủy Hậu Giang' }).click();
  await expect(page).toHaveURL(/van-ban\/co-quan\/tinh-uy-hau-giang\/$/);
  await expect(page.locator('[data-facet-results] [data-document="nq-07-tu-hau-giang-2022"]')).toBeVisible();
  await page.locator('[data-facet="nam"]').getByRole('link', { name: '2022', exact: true }).click();
  await expect(page).toHaveURL(/van-ban\/nam\/2022\/$/);
  await expect(page.locator('[data-facet-results] [data-document]')).toHaveCount(3);
  await context.close();
});
