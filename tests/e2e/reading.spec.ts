/**
 * Reading as Party members read (issue 12): on a 360 px phone and a 1366 px
 * desktop (screenshots of the programme, a document page and search, with
 * layout assertions), the reading bar, no-wrap symbols and dates, the reader
 * tools (copy-link, print, text size, colours), the document face, the source
 * download. Screenshots go to each test's output folder (test-results/).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, PROGRAMME_PATH } from './fixtures';
import { PAGE_TYPES, firstPageUnder, siteOf } from './hosting-site';

/** Symbols and dates of the programme stand in no-wrap spans, none of them broken over two lines. */
async function expectSymbolsWhole(page: Page): Promise<void> {
  const spans = page.locator('.document__body .nowrap');
  await expect(spans.filter({ hasText: /^27-CT\/TW$/ }).first()).toBeAttached();
  await expect(spans.filter({ hasText: /^\d{2}\/\d{2}\/\d{4}$/ }).first()).toBeAttached();
  const broken = await spans.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 1).map((el) => el.textContent));
  expect(broken).toEqual([]);
}

const SOURCE = fileURLToPath(new URL('../../content/sources/chuong-trinh-cong-tac-quy-I-2025-tinh-uy-hau-giang.txt', import.meta.url));

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const WIDTHS = [
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false },
] as const;

for (const width of WIDTHS) {
  test.describe(`at ${width.viewport.width} px`, () => {
    test.use({ viewport: width.viewport, isMobile: width.isMobile, hasTouch: width.hasTouch });

    test('programme, document and search pages: screenshots, no horizontal scrolling', async ({ page }, info) => {
      const documentPage = firstPageUnder(siteOf(info).dir, PAGE_TYPES.documents);
      const pages = [
        ['programme', PROGRAMME_PATH],
        ['document', documentPage],
        ['search', `${PAGE_TYPES.search}?q=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91`],
      ] as const;
      for (const [name, path] of pages) {
        expect(path, name).toBeDefined();
        await page.goto(path ?? '');
        await page.evaluate(() => document.fonts.ready);
        expect(await horizontalOverflow(page), `${name}: horizontal overflow in px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: info.outputPath(`${name}-${width.viewport.width}.png`), fullPage: name !== 'programme' });
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(PROGRAMME_PATH);
      expect(await horizontalOverflow(page), 'programme, dark: horizontal overflow in px').toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath(`programme-dark-${width.viewport.width}.png`) });
    });

    test('body text is left-aligned on a phone and justified on a desktop', async ({ page }) => {
      await page.goto(PROGRAMME_PATH);
      const align = await page.locator('.document__body > p').first().evaluate((el) => getComputedStyle(el).textAlign);
      expect(align).toBe(width.name === 'phone' ? 'left' : 'justify');
    });

    test('the reading bar stays on screen, shows the current section and goes back to the top', async ({ page }) => {
      await page.goto(PROGRAMME_PATH);
      await page.locator('#muc-ii-2-2').scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 200);
      const bar = page.locator('[data-reading-bar]');
      await expect(bar).toBeInViewport();
      await expect(page.locator('[data-current-section]')).toContainText('2.');
      await bar.getByRole('link', { name: /Về đầu trang/ }).click();
      await expect(page.locator('.doc-header')).toBeInViewport();
    });

    test('symbols and dates never break inside', async ({ page }) => {
      await page.goto(PROGRAMME_PATH);
      await expectSymbolsWhole(page);
    });

    test('symbols and dates are kept whole by the build itself, with JavaScript off', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 360, height: 740 } });
      try {
        const page = await context.newPage();
        await page.goto(PROGRAMME_PATH);
        await expectSymbolsWhole(page);
      } finally {
        await context.close();
      }
    });
  });
}

test('search filter counts stay on one line beside long issuer names', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${PAGE_TYPES.search}?q=ngh%E1%BB%8B%20quy%E1%BA%BFt`);
  const counts = page.locator('.search-facet__count');
  await expect(counts.first()).toBeVisible();
  const lines = await counts.evaluateAll((els) =>
    els.map((el) => {
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 24;
      return { text: el.textContent, tall: el.getBoundingClientRect().height > lineHeight * 1.5 };
    }),
  );
  expect(lines.length).toBeGreaterThan(3);
  expect(lines.filter((l) => l.tall)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the table of contents opens from the bar anywhere on the page and lands on the section, not under the bar', async ({ page }) => {
    await page.goto(PROGRAMME_PATH);
    await page.locator('#muc-ii-3').scrollIntoViewIfNeeded();
    const opener = page.locator('[data-bar-toc] > summary');
    await expect(opener).toBeInViewport();
    await opener.click();
    await page.locator('[data-bar-toc] a[href="#muc-ii-1-6"]').click();
    await expect(page.locator('[data-bar-toc]')).not.toHaveAttribute('open', '');
    const heading = page.locator('#muc-ii-1-6');
    await expect(heading).toBeInViewport();
    const barBottom = await page.locator('[data-reading-bar]').evaluate((el) => el.getBoundingClientRect().bottom);
    const headingTop = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(barBottom);
  });

  test('copy-link buttons are shown on a touch screen', async ({ page }) => {
    await page.goto(PROGRAMME_PATH);
    const button = page.locator('#muc-ii-1-6-doan-1 .copy-link');
    await expect(button).toBeVisible();
    expect(Number(await button.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
  });
});

test.describe('without JavaScript on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });

  test('the bar opens the table of contents (CSS only)', async ({ page }) => {
    await page.goto(PROGRAMME_PATH);
    await page.locator('#muc-ii-3').scrollIntoViewIfNeeded();
    await page.locator('[data-bar-toc] > summary').click();
    await page.locator('[data-bar-toc] a[href="#muc-ii-2-2"]').click();
    await expect(page.locator('#muc-ii-2-2')).toBeInViewport();
    // The tools need script: they stay hidden.
    await expect(page.locator('[data-reader-tools]').first()).toBeHidden();
  });
});

test('copy-link copies the absolute URL of a heading and of a paragraph', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PROGRAMME_PATH);
  const base = new URL(PROGRAMME_PATH, baseURL).href;
  const heading = page.getByRole('button', { name: 'Sao chép liên kết đến mục 1.6' });
  await heading.focus();
  await expect(heading).toBeVisible();
  await heading.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}#muc-ii-1-6`);
  await expect(page.locator('[data-reader-status]')).toHaveText('Đã sao chép liên kết vào bộ nhớ tạm.');
  await page.locator('#muc-ii-1-6-doan-1').hover();
  await page.locator('#muc-ii-1-6-doan-1 .copy-link').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}#muc-ii-1-6-doan-1`);
  // The heading keeps its own text as its name.
  await expect(page.getByRole('heading', { name: '1.6. Công tác kiểm tra, giám sát, thi hành kỷ luật Đảng', exact: true })).toBeVisible();
});

test('text size and colours are remembered and applied before the first paint', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  const size = () => page.locator('.document__body > p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = await size();
  const tools = page.locator('.reading-bar__tools [data-reader-tools]');
  await tools.getByRole('button', { name: 'Cỡ chữ rất lớn' }).click();
  expect(await size()).toBeCloseTo(normal * 1.3, 0);
  await tools.getByLabel('Màu nền').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // On the next page the <head> script has set both before anything is drawn.
  const seen: string[] = [];
  await page.exposeFunction('reportRoot', (value: string) => seen.push(value));
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      const root = document.documentElement;
      if (document.readyState === 'interactive') (window as unknown as { reportRoot: (v: string) => void }).reportRoot(`${root.dataset.theme}/${root.dataset.textSize}`);
    });
  });
  await page.goto('chuong-trinh/');
  await expect.poll(() => seen[0]).toBe('dark/larger');
  const background = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgb(245, 242, 236)');
  await page.locator('.site-footer').getByLabel('Màu nền').selectOption('system');
  await page.locator('.site-footer').getByRole('button', { name: 'Cỡ chữ vừa' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
});

test('the print button prints', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.locator('.reading-bar__tools').getByRole('button', { name: 'In văn bản' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('"Nguồn văn bản" describes the source and offers the original file, never a repository path', async ({ page, request }) => {
  await page.goto(PROGRAMME_PATH);
  const source = page.locator('.source');
  await expect(source).not.toContainText('content/sources');
  const link = source.locator('[data-source-download] a');
  await expect(link).toHaveText('Tải bản gốc');
  const url = await link.evaluate((a) => (a as HTMLAnchorElement).href);
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(Buffer.compare(await response.body(), readFileSync(SOURCE))).toBe(0);
});

test('every character of the programme has a face in the document font (Tinos or Times New Roman)', async ({ page }) => {
  await page.goto(PROGRAMME_PATH);
  await page.evaluate(() => document.fonts.ready);
  const result = await page.evaluate(() => {
    const text = document.querySelector('.document')?.textContent ?? '';
    const chars = [...new Set([...text.normalize('NFC')])].filter((c) => /\S/u.test(c));
    const faces = [...document.fonts].filter((f) => f.family.replace(/["']/gu, '') === 'Tinos' && f.style === 'normal' && f.weight === '400');
    const ranges = faces.flatMap((f) =>
      f.unicodeRange.split(',').map((r) => {
        const [a, b] = r.trim().replace(/^U\+/iu, '').split('-');
        return [parseInt(a ?? '0', 16), parseInt(b ?? a ?? '0', 16)] as const;
      }),
    );
    const uncovered = chars.filter((c) => !ranges.some(([lo, hi]) => (c.codePointAt(0) ?? 0) >= lo && (c.codePointAt(0) ?? 0) <= hi));
    const family = getComputedStyle(document.querySelector('.document__body p') as Element).fontFamily;
    return { count: chars.length, uncovered, loaded: faces.map((f) => f.status), family, check: document.fonts.check('16px Tinos', chars.join('')) };
  });
  expect(result.count).toBeGreaterThan(60);
  expect(result.uncovered).toEqual([]);
  expect(result.family.startsWith('"Times New Roman", Tinos')).toBe(true);
  expect(result.loaded).toEqual(['loaded', 'loaded']);
  expect(result.check).toBe(true);
});
