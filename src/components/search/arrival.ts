/**
 * On the page a search result lands on (`…/?tu-khoa=…#…-doan-N`): mark the
 * query words in the target paragraph with <mark> elements (the paragraph
 * itself is marked by the `:target` style). DOM only, no HTML parsed, no
 * inline style: works under the site's CSP. Browser only.
 */
import { HIGHLIGHT_PARAM, highlightRanges } from '../../lib/search/highlight';

function markWords(target: Element, query: string): number {
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    // From the end, so that splitting keeps the earlier offsets valid.
    for (const [start, end] of highlightRanges(node.data, query).reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      word.replaceWith(mark);
      mark.append(word);
      count += 1;
    }
  }
  return count;
}

/** Mark the query words in the element the URL's hash names. */
export function markArrival(): void {
  const query = new URLSearchParams(window.location.search).get(HIGHLIGHT_PARAM);
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!query || id === '') return;
  const target = document.getElementById(id);
  if (!target) return;
  if (markWords(target, query.slice(0, 200)) > 0) target.setAttribute('data-search-arrival', '');
}
