import { describe, expect, it } from 'vitest';
import {
  compareProgrammes,
  groupByYearAndPeriod,
  latestFirst,
  neighbours,
  periodLabel,
} from '../../../src/lib/programmes/catalog';
import { programmeRecord } from '../helpers/programmes';
import { buildToc } from '../../../src/lib/programmes/toc';
import { formatLongDate, formatShortDate, isoDate } from '../../../src/lib/dates';

const programme = programmeRecord;

const list = [
  programme('hg-2025-q2', 'hg', 2025, 2),
  programme('hg-2025', 'hg', 2025),
  programme('hg-2025-q1', 'hg', 2025, 1),
  programme('tw-2025-q1', 'tw', 2025, 1),
  programme('hg-2024-q4', 'hg', 2024, 4),
];

describe('periods and order', () => {
  it('labels periods in Vietnamese', () => {
    expect(periodLabel({ year: 2025, quarter: 1 })).toBe('Quý I năm 2025');
    expect(periodLabel({ year: 2025, quarter: 4 })).toBe('Quý IV năm 2025');
    expect(periodLabel({ year: 2025 })).toBe('Năm 2025');
  });

  it('orders by year, then the whole year before its quarters', () => {
    expect([...list].sort(compareProgrammes).map((p) => p.id)).toEqual(['hg-2024-q4', 'hg-2025', 'hg-2025-q1', 'tw-2025-q1', 'hg-2025-q2']);
    expect(latestFirst(list)[0]?.id).toBe('hg-2025-q2');
  });

  it('finds the previous and next programme of the same issuer only', () => {
    const n = neighbours(list, 'hg-2025-q1');
    expect(n.previous?.id).toBe('hg-2025');
    expect(n.next?.id).toBe('hg-2025-q2');
    expect(neighbours(list, 'tw-2025-q1')).toEqual({ previous: undefined, next: undefined });
    expect(neighbours(list, 'hg-2024-q4').previous).toBeUndefined();
    expect(neighbours(list, 'nope')).toEqual({});
  });

  it('groups by year and period, newest first', () => {
    const groups = groupByYearAndPeriod(list);
    expect(groups.map((g) => g.year)).toEqual([2025, 2024]);
    expect(groups[0]?.periods.map((p) => p.label)).toEqual(['Quý II năm 2025', 'Quý I năm 2025', 'Năm 2025']);
    expect(groups[0]?.periods[1]?.programmes.map((p) => p.id).sort()).toEqual(['hg-2025-q1', 'tw-2025-q1']);
  });
});

describe('buildToc', () => {
  it('nests headings by depth and skips the page title', () => {
    const toc = buildToc([
      { depth: 1, slug: 't', text: 'Title' },
      { depth: 2, slug: 'muc-i', text: 'I. A' },
      { depth: 2, slug: 'muc-ii', text: 'II. B ' },
      { depth: 3, slug: 'muc-ii-1', text: '1. C' },
      { depth: 4, slug: 'muc-ii-1-1', text: '1.1. D' },
      { depth: 3, slug: 'muc-ii-2', text: '2. E' },
    ]);
    expect(toc.map((n) => n.slug)).toEqual(['muc-i', 'muc-ii']);
    expect(toc[1]?.text).toBe('II. B');
    expect(toc[1]?.children.map((n) => n.slug)).toEqual(['muc-ii-1', 'muc-ii-2']);
    expect(toc[1]?.children[0]?.children.map((n) => n.slug)).toEqual(['muc-ii-1-1']);
  });
});

describe('dates', () => {
  const d = new Date('2022-11-09T00:00:00Z');
  it('formats Vietnamese dates', () => {
    expect(formatShortDate(d)).toBe('09/11/2022');
    expect(formatLongDate(d)).toBe('ngày 09 tháng 11 năm 2022');
    expect(isoDate(d)).toBe('2022-11-09');
  });
});
