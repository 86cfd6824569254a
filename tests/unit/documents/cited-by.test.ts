import { expect, test } from 'vitest';
import { CITED_BY, groupOpen } from '../../../src/lib/documents/cited-by';

test(`the ${CITED_BY.openProgrammes} newest programmes stand open when they have at most ${CITED_BY.openPlaces} places`, () => {
  expect(groupOpen(0, 1)).toBe(true);
  expect(groupOpen(CITED_BY.openProgrammes - 1, CITED_BY.openPlaces)).toBe(true);
  expect(groupOpen(CITED_BY.openProgrammes, 1)).toBe(false);
  expect(groupOpen(0, CITED_BY.openPlaces + 1)).toBe(false);
});
