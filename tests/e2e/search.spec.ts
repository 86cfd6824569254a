/**
 * The search page (/tim-kiem/) and the header search field, against the built
 * site: deep links, the URL following the query, the `/` shortcut, filters,
 * keyboard use, Vietnamese matching (no diacritics, đ, symbols in any
 * spelling, decomposed text) and hostile input. Paths are relative to the
 * base URL, so the tests run on the root build and the /van-kien/ build.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, PROGRAMME_PATH } from './fixtures';

const SEARCH = 'tim-kiem/';
const at = (q: string): string => `${SEARCH}?q=${encodeURIComponent(q)}`;

function status(page: Page): Locator {
  return page.locator('[data-search-status]');
}

function targets(page: Page): Locator {
  return page.locator('[data-search-results] [data-search-target]');
}

/** Wait until the search for `q` has been answered (the live region names the query). */
async function answered(page: Page, q: string): Promise<void> {
  // Generous: the first search loads Pagefind's WebAssembly, slow on a busy machine.
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', /done|error/, { timeout: 20_000 });
  if (q.trim() !== '') await expect(status(page)).toContainText(`“${[...q.trim()].slice(0, 20).join('')}`);
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'done');
}

async function search(page: Page, q: string): Promise<void> {
  await page.goto(at(q));
  await answered(page, q);
}

/**
 * A result link as a path relative to the base URL, by section: the query
 * carried for highlighting (`?tu-khoa=…`) is dropped, and a link to a
 * paragraph or list item (`#muc-ii-1-3-doan-2`, `#muc-i-y-3`) counts as its section.
 */
function bySection(href: string, baseURL: string | undefined): string {
  const base = new URL(baseURL ?? 'http://localhost/').pathname;
  const path = href.startsWith(base) ? href.slice(base.length) : href;
  return path.replace(/\?[^#]*/u, '').replace(/-(?:doan|y)-\d+$/u, '');
}

/** Path of the first result link, relative to the base URL (see bySection). */
async function firstTarget(page: Page, baseURL: string | undefined): Promise<string> {
  return bySection((await targets(page).first().getAttribute('href')) ?? '', baseURL);
}

const section = (id: string): string => `${PROGRAMME_PATH}#${id}`;

/** Paths of every result link (pages and their sections), relative to the base URL (see bySection). */
async function allTargets(page: Page, baseURL: string | undefined): Promise<string[]> {
  const hrefs = await targets(page).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  return hrefs.map((href) => bySection(href, baseURL));
}

/** Result links the reader sees (not folded under "Xem thêm"), by section. */
async function shownTargets(page: Page, baseURL: string | undefined): Promise<string[]> {
  const hrefs = await targets(page).evaluateAll((els) => els.filter((e) => e.closest('[hidden]') === null).map((e) => e.getAttribute('href') ?? ''));
  return hrefs.map((href) => bySection(href, baseURL));
}

test.describe('search page', () => {
  test('a shared link ?q= runs the search on load and announces the result count', async ({ page }) => {
    await search(page, 'dân vận khéo');
    await expect(page.locator('[data-search-input]')).toHaveValue('dân vận khéo');
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(status(page)).toHaveText(/^Tìm thấy \d+ kết quả, \d+ mục khớp với “dân vận khéo”\.$/);
    const first = page.locator('[data-search-result]').first();
    await expect(first.getByRole('link').first()).toBeVisible();
    await expect(targets(page).first()).toHaveAttribute('href', /chuong-trinh\/tinh-uy-hau-giang\/2025-quy-i\/\?tu-khoa=[^#]+#muc-ii-1-3-doan-\d+$/);
    await expect(first.locator('mark').first()).toBeVisible();
    await expect(first).toContainText('Dân vận khéo');
  });

  test('a result lands on the paragraph that matched, marked, with the query words highlighted', async ({ page }) => {
    await search(page, 'chuyen doi so');
    const first = page.locator('[data-search-result]').first();
    // The section heading is still what the result shows.
    await expect(first.locator('[data-search-target]').first()).toContainText('2.2');
    await targets(page).first().click();
    await expect(page).toHaveURL(/2025-quy-i\/\?tu-khoa=chuyen(?:\+|%20)doi(?:\+|%20)so#muc-ii-2-2-doan-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toBeInViewport();
    await expect(target).toHaveAttribute('data-search-arrival', '');
    await expect(target.locator('mark.search-hit')).toHaveText(['chuyển', 'đổi', 'số']);
    // Only the target paragraph is marked.
    await expect(page.locator('mark.search-hit')).toHaveCount(3);
  });

  test('the URL follows the query as it is typed, and the results follow the URL', async ({ page, baseURL }) => {
    await page.goto(SEARCH);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'done');
    await expect(status(page)).toHaveText('');
    const input = page.locator('[data-search-input]');
    await input.fill('Búa liềm vàng');
    await answered(page, 'Búa liềm vàng');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Búa liềm vàng');
    expect(await firstTarget(page, baseURL)).toBe(section('muc-ii-1-1'));
    await input.fill('');
    await expect(page).toHaveURL(/tim-kiem\/$/);
    await expect(targets(page)).toHaveCount(0);
  });

  test('shows a clear message and suggestions when nothing matches', async ({ page }) => {
    await search(page, 'xyzqwv');
    await expect(status(page)).toHaveText('Không tìm thấy kết quả cho “xyzqwv”.');
    const empty = page.locator('[data-search-empty]');
    await expect(empty).toBeVisible();
    await expect(empty).toContainText('Không tìm thấy kết quả cho “xyzqwv”');
    await expect(empty.locator('li')).not.toHaveCount(0);
    await expect(empty).toContainText('không dấu');
    await expect(targets(page)).toHaveCount(0);
  });

  test('a symbol that no document has returns no document at all', async ({ page }) => {
    for (const q of ['99-NQ/TW', 'quy định 4219', 'nq 270']) {
      await search(page, q);
      await expect(targets(page), q).toHaveCount(0);
      await expect(page.locator('[data-search-empty]'), q).toContainText('số ký hiệu');
    }
  });

  test('works without JavaScript as far as it can: the form is a GET form and a note explains the rest', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(at('dân vận'));
    await expect(page.locator('.search-noscript')).toBeVisible();
    await expect(page.locator('.search-noscript')).toContainText('cần JavaScript');
    const form = page.locator('form[data-search-form]');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form).toHaveAttribute('action', /tim-kiem\/$/);
    await context.close();
  });
});

test.describe('when the index cannot be loaded', () => {
  /** The console reports the blocked requests, on purpose here. */
  test.afterEach(({ watch }) => {
    const keep = watch.consoleErrors.filter((e) => !/ERR_FAILED/u.test(e));
    watch.consoleErrors.splice(0, watch.consoleErrors.length, ...keep);
  });

  for (const [q, what] of [
    ['27-CT/TW', 'a symbol'],
    ['dân vận', 'words'],
  ] as const) {
    test(`searching ${what} says so visibly and never claims that nothing exists`, async ({ page }) => {
      // As on a server with wrong MIME types, a wrong path or a CSP without 'wasm-unsafe-eval'.
      await page.route('**/pagefind/**', (route) => route.abort());
      await page.goto(at(q));
      await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'error');
      const box = page.locator('[data-search-empty]');
      await expect(box).toBeVisible();
      await expect(box).toContainText('Không tải được chỉ mục tìm kiếm');
      await expect(box).toContainText('Đây không có nghĩa là không có văn bản phù hợp');
      // What the administrator should check: the path, the MIME types, the CSP.
      await expect(box).toContainText(/pagefind\/ có trên máy chủ/);
      await expect(box).toContainText('application/wasm');
      await expect(box).toContainText('.pf_fragment');
      await expect(box).toContainText("'wasm-unsafe-eval'");
      await expect(page.locator('[data-search-page]')).not.toContainText('Không có văn bản nào');
      await expect(page.locator('[data-search-page]')).not.toContainText('Không tìm thấy kết quả');
      await expect(targets(page)).toHaveCount(0);
    });
  }

  test('the index path in the message carries the base path', async ({ page, baseURL }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(at('dân vận'));
    const base = new URL(baseURL ?? 'http://localhost/').pathname;
    await expect(page.locator('[data-search-empty]')).toContainText(`${base}pagefind/`);
  });

  test('a later search works again once the index loads', async ({ page }) => {
    let block = true;
    await page.route('**/pagefind/**', (route) => (block ? route.abort() : route.continue()));
    await page.goto(at('dân vận khéo'));
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'error');
    block = false;
    await page.locator('[data-search-input]').press('Enter');
    await answered(page, 'dân vận khéo');
    await expect(page.locator('[data-search-empty]')).toBeHidden();
    await expect(targets(page)).not.toHaveCount(0);
  });
});

test.describe('only a document’s own words are indexed', () => {
  test('interface text of document pages (notices, labels) matches nothing', async ({ page, baseURL }) => {
    for (const q of ['biên tập viên', 'chưa được biên tập viên đối chiếu', 'Cơ quan ban hành', 'Được dẫn chiếu tại']) {
      await search(page, q);
      expect((await allTargets(page, baseURL)).filter((t) => t.startsWith('van-ban/')), q).toEqual([]);
    }
  });

  test('“dang vien” finds document pages only through their own words', async ({ page, baseURL }) => {
    await search(page, 'dang vien');
    const docs = [...new Set((await allTargets(page, baseURL)).filter((t) => t.startsWith('van-ban/')).map((t) => t.split('#')[0]))];
    // The regulation whose subject says “cán bộ, đảng viên” (and 08-ĐA/TU, whose subject names the Party and “hội viên”);
    // no page through the notice “chưa được biên tập viên đối chiếu”.
    expect(docs).toContain('van-ban/qd-144-tw-2024/');
    expect(docs.filter((d) => d !== 'van-ban/qd-144-tw-2024/' && d !== 'van-ban/da-08-tu-hau-giang-2023/')).toEqual([]);
  });

  test('a document page does not match a symbol through a programme sentence it quotes', async ({ page, baseURL }) => {
    // The 07-NQ/TU sentence of the programme also names 20-NQ/TW; the page of 20-NQ/TW quotes it under “Được dẫn chiếu tại”.
    await search(page, 'nghi quyet 07');
    const all = await allTargets(page, baseURL);
    expect(all[0]?.split('#')[0]).toBe('van-ban/nq-07-tu-hau-giang-2022/');
    expect(all.filter((t) => t.startsWith('van-ban/nq-20-tw-2022/'))).toEqual([]);
  });
});

test.describe('long queries and the URL', () => {
  test('a 20,000-character paste never makes a URL the server refuses', async ({ page }) => {
    const paste = 'Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; '.repeat(250).slice(0, 20_000);
    await page.goto(SEARCH);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'done');
    const input = page.locator('[data-search-input]');
    await input.focus();
    await page.keyboard.insertText(paste);
    await input.press('Enter');
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', /done|error/);
    expect(page.url().length).toBeLessThan(2100);
    expect((await input.inputValue()).length).toBeLessThanOrEqual(200);
    // Reloading the URL the page wrote works (no 414).
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'done');

    // The header field too: its GET form submits a short URL.
    await page.goto(PROGRAMME_PATH);
    const header = page.locator('[data-site-search-input]');
    await header.focus();
    await page.keyboard.insertText(paste);
    await header.press('Enter');
    await page.waitForURL(/tim-kiem\//);
    expect(page.url().length).toBeLessThan(2100);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'done');
  });

  test('a hand-made URL with a huge query or filter list still opens, and the page writes a short one', async ({ page }) => {
    const filters = Array.from({ length: 100 }, (_, i) => `loai=${encodeURIComponent(`Loại ${i}`)}`).join('&');
    const response = await page.goto(`${SEARCH}?q=${encodeURIComponent('dân vận '.repeat(50))}&${filters}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'done');
    await page.locator('[data-search-input]').press('Enter');
    await expect.poll(() => page.url().length).toBeLessThan(2100);
  });
});

test.describe('header search field', () => {
  test('is on every page and submits to the search page', async ({ page }) => {
    await page.goto(PROGRAMME_PATH);
    const field = page.locator('[data-site-search-input]');
    await expect(field).toBeVisible();
    await expect(page.getByRole('search', { name: 'Tìm kiếm trên trang' })).toBeVisible();
    await field.fill('kinh tế tập thể');
    await field.press('Enter');
    await expect(page).toHaveURL(/tim-kiem\/\?q=kinh\+t%E1%BA%BF\+t%E1%BA%ADp\+th%E1%BB%83$/);
    await answered(page, 'kinh tế tập thể');
    await expect(targets(page)).not.toHaveCount(0);
  });

  test('the / key focuses the search field, but not while typing in a field', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    const header = page.locator('[data-site-search-input]');
    await expect(header).toBeFocused();
    await expect(header).toHaveValue('');
    await page.keyboard.type('a/b');
    await expect(header).toHaveValue('a/b');

    await page.goto(SEARCH);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await expect(page.locator('[data-search-input]')).toBeFocused();
  });
});

test.describe('keyboard and screen reader', () => {
  test('Up and Down move from the field through the results and back', async ({ page }) => {
    await search(page, 'xây dựng Đảng');
    const input = page.locator('[data-search-input]');
    const links = page.locator('[data-search-results] a[href]');
    await input.focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(2)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    const results = page.locator('[data-search-results]');
    await expect(results).toHaveAttribute('aria-labelledby', 'ket-qua');
    await expect(results).not.toHaveAttribute('aria-busy', 'true');
  });

  test('the results come before the filters in tab order', async ({ page }) => {
    await search(page, 'dân vận');
    await expect(page.locator('[data-search-filters]')).toBeVisible();
    await page.locator('[data-search-input]').focus();
    // Field, "Tìm", the sort menu, then the first result.
    let reached = false;
    for (let i = 0; i < 4 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-search-filters]') === null)).toBe(true);
    }
    expect(reached).toBe(true);
  });

  test('the result count is announced once per search', async ({ page }) => {
    await page.goto(SEARCH);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'done');
    await page.evaluate(() => {
      const w = window as unknown as { __announced: string[] };
      w.__announced = [];
      const node = document.querySelector('[data-search-status]');
      if (node) new MutationObserver(() => w.__announced.push(node.textContent ?? '')).observe(node, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('[data-search-input]').fill('dân vận khéo');
    await answered(page, 'dân vận khéo');
    await page.waitForTimeout(500);
    const announced = await page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
    expect(announced.filter((t) => t !== '')).toHaveLength(1);
    expect(announced.filter((t) => t !== '')[0]).toMatch(/^Tìm thấy \d+ kết quả/u);
  });

  test('"Xem thêm" reveals the other matching sections and says so', async ({ page }) => {
    await search(page, 'dang');
    const more = page.locator('.search-result__more').first();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    const list = page.locator(`#${await more.getAttribute('aria-controls')}`);
    const hiddenBefore = await list.locator(':scope > li:not(:visible)').count();
    expect(hiddenBefore).toBeGreaterThan(0);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(list.locator(':scope > li:not(:visible)')).toHaveCount(0);
  });
});

test.describe('accessibility with results on screen', () => {
  for (const q of ['dang', 'xyzqwv']) {
    test(`no serious or critical axe violation for “${q}”`, async ({ page }) => {
      // axe over a page of results takes long on a busy machine.
      test.slow();
      await search(page, q);
      const more = page.locator('.search-result__more');
      if ((await more.count()) > 0) await more.first().click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('filters on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('start folded so the results come first, and open on demand', async ({ page }) => {
    await search(page, 'dân vận');
    const filters = page.locator('[data-search-filters]');
    await expect(filters).toBeVisible();
    await expect(filters.getByRole('checkbox').first()).toBeHidden();
    await page.locator('.search-filters__summary').click();
    await expect(filters.getByRole('checkbox').first()).toBeVisible();
  });
});

test.describe('filters', () => {
  test('checkbox groups with counts, usable by keyboard, kept in the URL', async ({ page }) => {
    await search(page, 'dân vận');
    const filters = page.locator('[data-search-filters]');
    await expect(filters).toBeVisible();
    await expect(filters.locator('legend', { hasText: 'Tình trạng' })).toBeVisible();
    const draft = filters.getByRole('checkbox', { name: /Dự thảo/ });
    await expect(filters.locator('label').filter({ hasText: 'Dự thảo' })).toContainText(/\(\d+\)/);
    await draft.focus();
    await page.keyboard.press('Space');
    await expect(draft).toBeChecked();
    await expect(draft).toBeFocused();
    expect(new URL(page.url()).searchParams.getAll('tinh-trang')).toEqual(['Dự thảo']);
    await expect(page.locator('[data-search-result]')).not.toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(draft).not.toBeChecked();
    expect(new URL(page.url()).searchParams.has('tinh-trang')).toBe(false);
  });

  test('filter values keep their letters (đ) and work in shared links', async ({ page }) => {
    await search(page, 'dân vận');
    const filters = page.locator('[data-search-filters]');
    await expect(filters.getByRole('checkbox', { name: /^Quyết định/ })).toBeVisible();
    // one organisation, one filter value: Ban Chấp hành Đảng bộ tỉnh Hậu Giang is Tỉnh ủy Hậu Giang (sameAs)
    await expect(filters.getByRole('checkbox', { name: /^Tỉnh ủy Hậu Giang/ })).toBeVisible();
    await expect(filters.getByRole('checkbox', { name: /^Ban Chấp hành Đảng bộ tỉnh Hậu Giang/ })).toHaveCount(0);
    expect(await filters.innerText()).not.toContain('\u0345');
    await page.goto(`${at('dân vận')}&loai=${encodeURIComponent('Quyết định')}`);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'done');
    await expect(page.locator('[data-search-result]')).toHaveCount(1);
    await expect(page.locator('[data-search-result]').first()).toContainText('Quyết định số 290-QĐ/TW');
    await expect(filters.getByRole('checkbox', { name: /^Quyết định/ })).toBeChecked();
  });

  test('a filter that leaves nothing says so and can be cleared', async ({ page }) => {
    await page.goto(`${at('dân vận')}&loai=${encodeURIComponent('Không có loại này')}`);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-state', 'done');
    await expect(status(page)).toContainText('khớp với bộ lọc đã chọn');
    await expect(targets(page)).toHaveCount(0);
    await page.locator('[data-search-clear-filters]').click();
    await expect(targets(page)).not.toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('loai')).toBe(false);
  });

  test('results can be sorted by date, newest or oldest first', async ({ page }) => {
    await search(page, 'Đảng');
    const sort = page.locator('[data-search-sort]');
    await expect(page.locator('[data-search-sort-wrap]')).toBeVisible();
    const dates = async (): Promise<string[]> => page.locator('[data-search-result]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.searchDate ?? ''));
    await sort.selectOption('moi-nhat');
    expect(new URL(page.url()).searchParams.get('sap-xep')).toBe('moi-nhat');
    await expect.poll(async () => (await dates()).length).toBeGreaterThan(2);
    // Dated results in order; results without a date (a document known only by name) come last either way.
    const dated = (list: string[]): string[] => list.filter((d) => d !== '');
    const undatedLast = (list: string[]): boolean => list.indexOf('') === -1 || list.slice(list.indexOf('')).every((d) => d === '');
    const newest = await dates();
    expect(dated(newest).length).toBeGreaterThan(2);
    expect(dated(newest)).toEqual([...dated(newest)].sort().reverse());
    expect(undatedLast(newest)).toBe(true);
    await sort.selectOption('cu-nhat');
    await expect.poll(async () => dated(await dates())).toEqual([...dated(newest)].sort());
    expect(undatedLast(await dates())).toBe(true);
  });
});

test.describe('Vietnamese matching', () => {
  test('a query without diacritics finds text with them, đ included', async ({ page }) => {
    await search(page, 'dang');
    await expect(page.locator('[data-search-results] mark', { hasText: /^Đảng/ }).first()).toBeVisible();
    await search(page, 'de an');
    await expect(page.locator('[data-search-results] mark', { hasText: /Đề án/i }).first()).toBeVisible();
  });

  test('qd/tu finds QĐ/TU', async ({ page, baseURL }) => {
    await search(page, 'qd/tu');
    const first = await firstTarget(page, baseURL);
    expect(first === section('muc-ii-1-3') || first.startsWith('van-ban/qd-4218-tu-hau-giang-2024/'), first).toBe(true);
    await expect(page.locator('[data-search-results] mark', { hasText: '4218-QĐ/TU' }).first()).toBeVisible();
  });

  test('words side by side rank above the same words far apart', async ({ page, baseURL }) => {
    for (const q of ['chuyen doi so', 'chuyển đổi số']) {
      await search(page, q);
      expect(await firstTarget(page, baseURL), q).toBe(section('muc-ii-2-2'));
      await expect(page.locator('[data-search-result]').first().locator('mark').first()).toHaveText(/chuyển đổi số/i);
    }
  });

  test('sections and pages holding the words only apart are folded under “Xem thêm”', async ({ page, baseURL }) => {
    test.slow(); // four searches
    for (const q of ['chuyen doi so', 'dân vận khéo', 'kinh tế tập thể']) {
      await search(page, q);
      const fold = (t: string): string => t.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
      const shown = await page
        .locator('[data-search-results] .search-result__section')
        .evaluateAll((els) => els.filter((e) => e.closest('[hidden]') === null).map((e) => e.textContent ?? ''));
      expect(shown.length, q).toBeGreaterThan(0);
      for (const text of shown) expect(fold(text).replace(/[^\p{L}\p{N}]+/gu, ' '), q).toContain(fold(q));
      expect((await shownTargets(page, baseURL)).length, q).toBeLessThanOrEqual((await allTargets(page, baseURL)).length);
    }
    // Opening them shows the rest.
    await search(page, 'chuyen doi so');
    const more = page.locator('[data-search-more-results], .search-result__more').first();
    if (await more.isVisible()) {
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
    }
  });

  for (const [q, doc, cited] of [
    ['27-NQ/TW', 'van-ban/nq-27-tw-2022/', 'muc-ii-1-7'],
    ['27/NQ-TW', 'van-ban/nq-27-tw-2022/', 'muc-ii-1-7'],
    ['NQ 27', 'van-ban/nq-27-tw-2022/', 'muc-ii-1-7'],
    ['nq27', 'van-ban/nq-27-tw-2022/', 'muc-ii-1-7'],
    ['nghị quyết 27', 'van-ban/nq-27-tw-2022/', 'muc-ii-1-7'],
    ['Nghi quyet so 27', 'van-ban/nq-27-tw-2022/', 'muc-ii-1-7'],
    ['nq 7', 'van-ban/nq-07-tu-hau-giang-2022/', 'muc-ii-2-1'],
    ['qd 4218', 'van-ban/qd-4218-tu-hau-giang-2024/', 'muc-ii-1-3'],
    ['quy định 144', 'van-ban/qd-144-tw-2024/', 'muc-ii-1-1'],
  ] as const) {
    test(`the symbol spelled “${q}” finds its document first`, async ({ page, baseURL }) => {
      await search(page, q);
      // The document's own page first; the programme section that cites it is listed too.
      expect((await firstTarget(page, baseURL)).split('#')[0]).toBe(doc);
      expect(await allTargets(page, baseURL)).toContain(section(cited));
      await expect(page.locator('[data-search-results]')).not.toContainText('vbsh');
    });
  }

  test('decomposed diacritics, look-alike letters and no-break spaces in the text are found', async ({ page, baseURL }) => {
    // Section 1.3 holds "hệ thống chiÌnh triÌ£" in decomposed form (NFD).
    await search(page, 'quy chế công tác dân vận của hệ thống chính trị');
    expect(await allTargets(page, baseURL)).toContain(section('muc-ii-1-3'));
    await search(page, 'đổi mới công tác khuyến nông');
    expect(await firstTarget(page, baseURL)).toBe(section('muc-ii-2-1'));
    await expect(page.locator('[data-search-results]')).toContainText('Đổi mới công tác khuyến nông');
    await search(page, 'tinh theo doi');
    await expect(targets(page)).not.toHaveCount(0);
  });
});

test.describe('hostile and odd input', () => {
  const INPUTS = [
    '',
    '     ',
    'dân vận '.repeat(125),
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss = 1">',
    '.*+?^${}()|[]\\ (a+)+$',
    '"\'`“”',
    '🙂👍🏽 🇻🇳',
    '%E0%A4%A',
  ];

  test('no error, nothing injected, the page stays responsive', async ({ page }) => {
    await page.goto(SEARCH);
    const input = page.locator('[data-search-input]');
    for (const q of INPUTS) {
      await input.fill(q);
      await input.press('Enter');
      await answered(page, q);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), q).toBeUndefined();
      expect(await page.locator('[data-search-page] script, [data-search-page] img').count(), q).toBe(0);
      const shown = await status(page).textContent();
      if (q.trim() !== '' && q.length < 80) expect(shown, q).toContain(q.trim());
      // Still responsive: the page runs script and keeps its title (a hung page would time the test out).
      expect(await page.evaluate(() => document.title), q).toContain('Tìm kiếm');
    }
  });

  test('the same inputs as shared links', async ({ page }) => {
    for (const q of INPUTS.slice(2)) {
      await search(page, q);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), q).toBeUndefined();
      expect(await page.locator('[data-search-page] script, [data-search-page] img').count(), q).toBe(0);
    }
  });
});
