/**
 * "Được dẫn chiếu tại" with hundreds of entries: programmes newest first, each
 * a folded group (<details>) with its period and count; only the first few
 * short groups stand open. At scale the list is cut into pages: the document
 * page (/van-ban/<id>/) shows the newest CITED_BY.programmesPerPage citing
 * programmes, /van-ban/<id>/trang/<n>/ the next ones; within a programme at
 * most CITED_BY.placesPerProgramme places are inlined, the rest are counted
 * and reached through the programme (its own list of cited documents).
 */
import { paginateList, type ListPage } from '../pagination/pages';

/** Tuned constants of the cited-by list (tests/unit/documents/cited-by.test.ts). */
export const CITED_BY = {
  /** Programmes whose group stands open, counted from the newest. */
  openProgrammes: 3,
  /** A group stands open only when it has at most this many places. */
  openPlaces: 5,
  /** Citing programmes per page (the document page is page 1). */
  programmesPerPage: 20,
  /** Places (with their excerpt) inlined per programme; the rest are counted and linked. */
  placesPerProgramme: 8,
} as const;

/** Whether the group at `index` (0 = newest programme) with `places` citations stands open. */
export function groupOpen(index: number, places: number): boolean {
  return index < CITED_BY.openProgrammes && places <= CITED_BY.openPlaces;
}

/** The citing programmes (newest first) cut into the document page and its continuation pages. */
export function citedByPages<T>(citing: readonly T[], size: number = CITED_BY.programmesPerPage): ListPage<T>[] {
  return paginateList(citing, size);
}

/** The places of one programme that are inlined, and how many are not. */
export function shownPlaces<T>(places: readonly T[], max: number = CITED_BY.placesPerProgramme): { shown: T[]; hidden: number } {
  return { shown: places.slice(0, max), hidden: Math.max(0, places.length - max) };
}
