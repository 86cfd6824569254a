/**
 * DOM for the search page. Everything is built with createElement and
 * textContent: no query text and no indexed text is ever parsed as HTML.
 * Browser only.
 */
import type { FacetGroup } from '../../lib/search/state';
import { displayText, type RankedPage, type Segment } from '../../lib/search/rank';
import { withHighlight } from '../../lib/search/highlight';
import { introLabel, moreSectionsLabel, OWN_SYMBOL_BADGE, resultFacts, sectionsListLabel } from '../../lib/search/messages';

/** Sections shown per result before "Xem thêm". */
export const SECTIONS_SHOWN = 3;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text and <mark> elements for segments. */
export function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const s of segments) {
    if (s.mark) parent.append(el('mark', undefined, s.text));
    else parent.append(document.createTextNode(s.text));
  }
}

function meta(page: RankedPage, name: string): string | undefined {
  const v = page.meta[name];
  return v === undefined || v === '' ? undefined : displayText(v);
}

let uid = 0;

function renderResult(page: RankedPage, query: string): HTMLLIElement {
  const li = el('li', 'search-result');
  li.dataset.searchResult = '';
  li.dataset.pageId = page.id;
  const sortDate = meta(page, 'sort-date');
  if (sortDate) li.dataset.searchDate = sortDate;
  const title = meta(page, 'title') ?? page.url;
  const kind = meta(page, 'kind');

  const heading = el('h3', 'search-result__title');
  const link = el('a', undefined, title);
  link.href = page.url;
  heading.append(link);
  li.append(heading);

  const facts = resultFacts({ type: meta(page, 'type'), symbol: meta(page, 'symbol'), dateLabel: meta(page, 'date-label'), issuer: meta(page, 'issuer') });
  if (facts.length > 0 || page.ownSymbol) {
    const p = el('p', 'search-result__facts');
    if (page.ownSymbol) p.append(el('span', 'search-result__badge', OWN_SYMBOL_BADGE));
    facts.forEach((f, i) => {
      if (i > 0 || page.ownSymbol) p.append(el('span', 'search-result__sep', ' · '));
      p.append(el('span', undefined, f));
    });
    li.append(p);
  }

  const list = el('ol', 'search-result__sections');
  uid += 1;
  list.id = `muc-khop-${uid}`;
  list.setAttribute('aria-label', sectionsListLabel(title));
  // Sections where the words stand apart (folded) and those beyond SECTIONS_SHOWN wait under "Xem thêm".
  const shown = page.sections.filter((sec) => !sec.folded).slice(0, SECTIONS_SHOWN);
  const isShown = (i: number): boolean => shown.includes(page.sections[i] as (typeof page.sections)[number]);
  page.sections.forEach((s, i) => {
    const item = el('li', 'search-result__section');
    if (!isShown(i)) item.hidden = true;
    if (s.folded) item.dataset.searchFolded = '';
    const a = el('a', 'search-result__section-link');
    a.href = withHighlight(s.url, query);
    a.dataset.searchTarget = '';
    if (s.intro || s.titleSegments.length === 0) a.textContent = s.title || introLabel(kind);
    else appendSegments(a, s.titleSegments);
    item.append(a);
    if (s.excerpt.length > 0) {
      const p = el('p', 'search-result__excerpt');
      appendSegments(p, s.excerpt);
      item.append(p);
    }
    list.append(item);
  });
  li.append(list);

  const hidden = page.sections.length - shown.length;
  if (hidden > 0) {
    const label = moreSectionsLabel(hidden);
    const more = el('button', 'search-result__more', label);
    more.type = 'button';
    more.setAttribute('aria-expanded', 'false');
    more.setAttribute('aria-controls', list.id);
    more.addEventListener('click', () => {
      const open = more.getAttribute('aria-expanded') !== 'true';
      list.querySelectorAll<HTMLLIElement>(':scope > li').forEach((item, i) => {
        item.hidden = !open && !isShown(i);
      });
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? 'Thu gọn' : label;
    });
    li.append(more);
  }
  return li;
}

/**
 * The result list. Pages that hold the words only apart, when others hold
 * them together (`folded`), are rendered hidden; `showFolded` reveals them.
 */
export function renderResults(list: HTMLOListElement, pages: readonly RankedPage[], showFolded: boolean, query: string): void {
  list.replaceChildren(
    ...pages.map((p) => {
      const li = renderResult(p, query);
      if (p.folded) {
        li.dataset.searchFolded = '';
        li.hidden = !showFolded;
      }
      return li;
    }),
  );
}

/** Checkbox groups with counts. Keeps focus on the checkbox that was focused. */
export function renderFacets(container: HTMLElement, groups: readonly FacetGroup[]): void {
  const active = document.activeElement;
  const focused = active instanceof HTMLInputElement && container.contains(active) ? `${active.name}\u0000${active.value}` : undefined;
  const nodes = groups.map((g) => {
    const fieldset = el('fieldset', 'search-facet');
    fieldset.append(el('legend', 'search-facet__legend', g.label));
    const ul = el('ul', 'search-facet__values');
    for (const v of g.values) {
      const li = el('li');
      const label = el('label', 'search-facet__value');
      const input = el('input');
      input.type = 'checkbox';
      input.name = g.key;
      input.value = v.value;
      input.checked = v.selected;
      input.dataset.searchFilter = g.key;
      label.append(input, el('span', undefined, v.value), el('span', 'search-facet__count', `(${v.count})`));
      li.append(label);
      ul.append(li);
    }
    fieldset.append(ul);
    return fieldset;
  });
  container.replaceChildren(...nodes);
  if (focused) {
    const again = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((i) => `${i.name}\u0000${i.value}` === focused);
    again?.focus();
  }
}

/** The "no results" block: a title and suggestions, plain text. */
export function renderEmpty(container: HTMLElement, title: string, tips: readonly string[]): void {
  const h = el('h3', 'search-empty__title', title);
  const ul = el('ul', 'search-empty__tips');
  for (const t of tips) ul.append(el('li', undefined, t));
  container.replaceChildren(h, ul);
}
