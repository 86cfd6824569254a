import { test, expect, PROGRAMME_PATH, allowNotFoundConsoleError } from './fixtures';

test('home page says what the site is and links to the programme', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('h1')).toHaveText('Chương trình công tác của các cấp ủy đảng');
  const link = page.locator('main a', { hasText: 'Chương trình công tác quý I năm 2025' }).first();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${PROGRAMME_PATH}$`));
  await expect(page.locator('h1')).toContainText('Công tác quý I năm 2025');
});

test('programme list groups by year and period and shows issuer and status', async ({ page }) => {
  await page.goto('chuong-trinh/');
  await expect(page.locator('h1')).toHaveText('Chương trình công tác');
  const year = page.locator('section.year-group', { has: page.locator('h2#nam-2025') });
  await expect(year.locator('h3')).toHaveText(['Quý I năm 2025']);
  const card = year.locator(`[data-programme="tinh-uy-hau-giang/2025-quy-i"]`);
  await expect(card).toContainText('Tỉnh ủy Hậu Giang');
  await expect(card).toContainText('Dự thảo');
  await card.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${PROGRAMME_PATH}$`));
});

test('the main navigation marks the current section', async ({ page }) => {
  await page.goto('chuong-trinh/');
  await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText('Chương trình công tác');
});

test('an unknown URL gets the 404 page', async ({ page, watch }) => {
  const response = await page.goto('khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
  await expect(page.locator('[data-not-found] a').first()).toHaveAttribute('href', /\/$/);
  allowNotFoundConsoleError(watch);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of ['./', 'chuong-trinh/', PROGRAMME_PATH]) {
    test(`${path} fits the screen without horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }

  test('the table of contents starts closed so the document comes first, and opens on demand', async ({ page }) => {
    await page.goto(PROGRAMME_PATH);
    await expect(page.locator('[data-toc]')).toBeHidden();
    await expect(page.locator('.doc-header')).toBeInViewport();
    await page.locator('.toc__summary').click();
    await page.locator('[data-toc] a[href="#muc-ii-1-6"]').click();
    await expect(page.locator('#muc-ii-1-6')).toBeInViewport();
  });

  test('body text is at least 16 px', async ({ page }) => {
    await page.goto(PROGRAMME_PATH);
    const size = await page.locator('.document__body p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the programme is fully readable and the table of contents works', async ({ page }) => {
    await page.goto(PROGRAMME_PATH);
    await expect(page.locator('h1')).toContainText('CHƯƠNG TRÌNH');
    await expect(page.locator('#muc-ii-3-2')).toBeAttached();
    // Without script the table of contents is open on a desktop (issue 12: it stayed folded).
    await expect(page.locator('[data-toc]')).toBeVisible();
    await page.locator('[data-toc] a[href="#muc-ii-2-2"]').click();
    await expect(page.locator('#muc-ii-2-2')).toBeInViewport();
  });
});

test('print shows the document in a serif face without navigation', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.document-aside', '.breadcrumb', '.draft-banner']) {
    await expect(page.locator(selector)).toBeHidden();
  }
  await expect(page.locator('.doc-header')).toBeVisible();
  await expect(page.locator('[data-draft-mark]')).toBeVisible();
  const family = await page.locator('.document__body p').first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toMatch(/Times New Roman|serif/);
});
