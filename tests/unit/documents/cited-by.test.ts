import { expect, test } from 'vitest';
import { CITED_BY, citedByPages, groupOpen, shownPlaces } from '../../../src/lib/documents/cited-by';

test(`the ${CITED_BY.openProgrammes} newest programmes stand open when they have at most ${CITED_BY.openPlaces} places`, () => {
  expect(groupOpen(0, 1)).toBe(true);
  expect(groupOpen(CITED_BY.openProgrammes - 1, CITED_BY.openPlaces)).toBe(true);
  expect(groupOpen(CITED_BY.openProgrammes, 1)).toBe(false);
  expect(groupOpen(0, CITED_BY.openPlaces + 1)).toBe(false);
});

test(`a document cited by many programmes lists ${CITED_BY.programmesPerPage} per page, the newest on the document page`, () => {
  expect(CITED_BY.programmesPerPage).toBe(20);
  const citing = Array.from({ length: 2 * CITED_BY.programmesPerPage + 1 }, (_, i) => `p${i}`);
  const pages = citedByPages(citing);
  expect(pages.map((p) => p.items.length)).toEqual([CITED_BY.programmesPerPage, CITED_BY.programmesPerPage, 1]);
  expect(pages[0]?.items[0]).toBe('p0');
  expect(citedByPages([])).toHaveLength(1);
});

test(`at most ${CITED_BY.placesPerProgramme} places of one programme are inlined, the rest counted`, () => {
  expect(CITED_BY.placesPerProgramme).toBe(8);
  const places = Array.from({ length: CITED_BY.placesPerProgramme + 3 }, (_, i) => i);
  expect(shownPlaces(places)).toEqual({ shown: places.slice(0, CITED_BY.placesPerProgramme), hidden: 3 });
  expect(shownPlaces([1, 2])).toEqual({ shown: [1, 2], hidden: 0 });
});
