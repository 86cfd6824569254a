/**
 * "Được dẫn chiếu tại" with hundreds of entries: programmes newest first, each
 * a folded group (<details>) with its period and count; only the first few
 * short groups stand open.
 */

/** Tuned constants of the cited-by list (tests/unit/documents/cited-by.test.ts). */
export const CITED_BY = {
  /** Programmes whose group stands open, counted from the newest. */
  openProgrammes: 3,
  /** A group stands open only when it has at most this many places. */
  openPlaces: 5,
} as const;

/** Whether the group at `index` (0 = newest programme) with `places` citations stands open. */
export function groupOpen(index: number, places: number): boolean {
  return index < CITED_BY.openProgrammes && places <= CITED_BY.openPlaces;
}
