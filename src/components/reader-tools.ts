/**
 * Browser code of the reader tools (loaded by BaseLayout as a module, no
 * inline script): print button, text size, colours, copy-link buttons on
 * every numbered heading and paragraph, no-wrap symbols and dates, the
 * current section in the reading bar. Logic lives in src/lib/reading/.
 */
import { vi } from '../lib/i18n/vi';
import { STORAGE_KEYS, type TextSize, type Theme } from '../lib/reading/constants';
import { anchorUrl, headingPlace } from '../lib/reading/links';
import { parseTextSize, parseTheme, rootAttributes } from '../lib/reading/prefs';

const root = document.documentElement;

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}

function apply(theme: Theme, size: TextSize): void {
  const attrs = rootAttributes(theme, size);
  for (const name of ['data-theme', 'data-text-size'] as const) {
    const value = attrs[name];
    if (value) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-text-size-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.textSizeChoice === size));
  }
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-choice]')) select.value = theme;
}

function installPreferences(): void {
  let theme = parseTheme(stored(STORAGE_KEYS.theme));
  let size = parseTextSize(stored(STORAGE_KEYS.textSize));
  apply(theme, size);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-text-size-choice]')) {
    button.addEventListener('click', () => {
      size = parseTextSize(button.dataset.textSizeChoice);
      store(STORAGE_KEYS.textSize, size);
      apply(theme, size);
    });
  }
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-choice]')) {
    select.addEventListener('change', () => {
      theme = parseTheme(select.value);
      store(STORAGE_KEYS.theme, theme);
      apply(theme, size);
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.addEventListener('click', () => window.print());
  }
  for (const tools of document.querySelectorAll<HTMLElement>('[data-reader-tools]')) tools.hidden = false;
}

/** A status line for screen readers and sighted readers alike ("Đã sao chép …"). */
function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-reader-status]');
  if (!status) return;
  status.textContent = message;
  window.setTimeout(() => {
    if (status.textContent === message) status.textContent = '';
  }, 4000);
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function installCopyLinks(body: HTMLElement): void {
  const targets = body.querySelectorAll<HTMLElement>(':scope :is(h2, h3, h4, p, li)[id]');
  for (const el of targets) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    const isHeading = /^H[2-4]$/u.test(el.tagName);
    button.setAttribute('aria-label', isHeading ? vi.tools.copyHeading(headingPlace(el.textContent ?? '')) : vi.tools.copyParagraph);
    button.title = button.getAttribute('aria-label') ?? '';
    button.addEventListener('click', async () => {
      const url = anchorUrl(window.location.href, el.id);
      const ok = await copyText(url);
      if (!ok) window.history.replaceState(null, '', `#${el.id}`);
      announce(ok ? vi.tools.copied : vi.tools.copyFailed(url));
    });
    if (isHeading) {
      // Beside the heading, not inside it: the heading's name stays its text.
      const row = document.createElement('div');
      row.className = 'heading-row';
      el.replaceWith(row);
      row.append(el, button);
    } else if (el.tagName === 'LI') {
      (el.querySelector<HTMLElement>(':scope > p:last-of-type') ?? el).append(button);
    } else {
      el.append(button);
    }
  }
}

/** Shows the section being read in the reading bar and marks it in the bar's table of contents. */
function installCurrentSection(body: HTMLElement): void {
  const current = document.querySelector<HTMLElement>('[data-current-section]');
  if (!current || !('IntersectionObserver' in window)) return;
  const headings = [...body.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id]')];
  const barLinks = new Map<string, HTMLAnchorElement>();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-bar-toc] a[href^="#"]')) barLinks.set(a.hash.slice(1), a);
  let shown = '';
  const update = (): void => {
    const limit = window.innerHeight * 0.3;
    let active: HTMLElement | undefined;
    for (const h of headings) {
      if (h.getBoundingClientRect().top <= limit) active = h;
      else break;
    }
    const id = active?.id ?? '';
    if (id === shown) return;
    shown = id;
    current.textContent = active ? `${vi.bar.currentSection}: ${active.textContent?.trim() ?? ''}` : '';
    for (const [key, a] of barLinks) {
      if (key === id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
  for (const h of headings) observer.observe(h);
  window.addEventListener('scroll', update, { passive: true });
  update();
}

function installBarToc(): void {
  const details = document.querySelector<HTMLDetailsElement>('[data-bar-toc]');
  if (!details) return;
  details.addEventListener('click', (event) => {
    if (event.target instanceof HTMLAnchorElement) details.open = false;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && details.open) {
      details.open = false;
      details.querySelector('summary')?.focus();
    }
  });
}

installPreferences();
const body = document.querySelector<HTMLElement>('.document__body');
if (body) {
  installCurrentSection(body);
  installCopyLinks(body);
  installBarToc();
}
