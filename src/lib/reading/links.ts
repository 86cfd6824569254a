/**
 * Links to a place in a page: the absolute URL copied by the copy-link
 * buttons, and the words naming the place for the button's label.
 */
import { collapseSpaces, normalizeText } from '../text';

/** Absolute URL of `id` on the page at `pageUrl` (any fragment or query of pageUrl is dropped). */
export function anchorUrl(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = '';
  return `${url.href}#${encodeURIComponent(id)}`;
}

/**
 * What a copy-link button of a heading names: "phần II" for a part (Roman
 * numeral), "mục 1.6" for a numbered section, the heading itself otherwise.
 */
export function headingPlace(headingText: string): string {
  const text = collapseSpaces(normalizeText(headingText));
  const roman = /^([IVXLC]+)\.\s/u.exec(text);
  if (roman) return `phần ${roman[1]}`;
  const number = /^(\d+(?:\.\d+)*)\.?\s/u.exec(text);
  if (number) return `mục ${number[1]}`;
  return `mục “${text}”`;
}
