/**
 * Programmes as machine-readable records: the items of
 * /du-lieu/chuong-trinh.json and the entries of the Atom feed.
 */
import { routes } from '../paths';
import { isoDate } from '../dates';
import { STATUS_LABELS, latestFirst, periodLabel, programmeSymbol, type ProgrammeRecord } from '../programmes/catalog';
import type { Issuer } from '../schemas';
import { collapseSpaces } from '../text';
import type { AtomEntry } from './atom';
import { absoluteUrl } from './urls';

export interface ExportHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface ProgrammeItem {
  id: string;
  url: string;
  title: string;
  documentType: string;
  subject: string;
  issuer: { id: string; name: string; shortName: string };
  /** "65-CTr/TU"; null while the programme is a draft without a number. */
  symbol: string | null;
  number: string | null;
  /** Date of issue, YYYY-MM-DD; null for a draft. */
  date: string | null;
  /** The year printed in a draft's date line. */
  draftYear: number | null;
  period: { year: number; quarter: number | null; label: string };
  status: 'du-thao' | 'ban-hanh';
  statusLabel: string;
  /** The programme this one implements. */
  parent: { id: string; url: string } | null;
  /** Numbered headings, in order, each with its stable anchor. */
  sections: { anchor: string; depth: number; title: string; url: string }[];
  editorialNotes: string[];
}

export interface ProgrammeExportInput extends ProgrammeRecord {
  headings: readonly ExportHeading[];
}

export function programmeItem(
  p: ProgrammeExportInput,
  issuers: ReadonlyMap<string, Issuer>,
  site: string | URL,
  base: string,
): ProgrammeItem {
  const { data } = p;
  const issuer = issuers.get(data.issuer);
  const url = absoluteUrl(site, base, routes.programme(p.id));
  return {
    id: p.id,
    url,
    title: data.title,
    documentType: data.documentType,
    subject: data.subject,
    issuer: { id: data.issuer, name: issuer?.name ?? data.issuer, shortName: issuer?.shortName ?? data.issuer },
    symbol: programmeSymbol(data) ?? null,
    number: data.number ?? null,
    date: data.date ? isoDate(data.date) : null,
    draftYear: data.draftYear ?? null,
    period: { year: data.period.year, quarter: data.period.quarter ?? null, label: periodLabel(data.period) },
    status: data.status,
    statusLabel: STATUS_LABELS[data.status],
    parent: data.parent ? { id: data.parent, url: absoluteUrl(site, base, routes.programme(data.parent)) } : null,
    sections: p.headings
      .filter((h) => h.depth >= 2)
      .map((h) => ({ anchor: h.slug, depth: h.depth, title: collapseSpaces(h.text), url: `${url}#${h.slug}` })),
    editorialNotes: [...data.editorialNotes],
  };
}

/** All programmes, newest first. */
export function programmeItems(
  list: readonly ProgrammeExportInput[],
  issuers: ReadonlyMap<string, Issuer>,
  site: string | URL,
  base: string,
): ProgrammeItem[] {
  return latestFirst(list).map((p) => programmeItem(p, issuers, site, base));
}

/**
 * The date a feed reader sorts by: the date of issue; for a draft, the day
 * the text was received, else 1 January of the year printed in its date line
 * (or of its period). Never the build time, so the feed only changes when the
 * content does.
 */
export function programmeUpdated(p: ProgrammeRecord): Date {
  const d = p.data;
  return d.date ?? d.source.receivedOn ?? new Date(Date.UTC(d.draftYear ?? d.period.year, 0, 1));
}

/** Tuned constants of the Atom feed (tests/unit/feeds/feeds.test.ts). */
export const FEED = {
  /**
   * Entries in /chuong-trinh/feed.xml, newest first. Feed readers poll the
   * whole file; with thousands of programmes it would grow without bound, and
   * a reader only needs what is new since its last visit.
   */
  maxEntries: 50,
} as const;

/** The programmes the feed lists: the newest `max` (catalogue order, `latestFirst`). */
export function feedProgrammes<T extends ProgrammeRecord>(list: readonly T[], max: number = FEED.maxEntries): T[] {
  return latestFirst(list).slice(0, Math.max(0, max));
}

export function programmeAtomEntry(
  p: ProgrammeRecord,
  issuers: ReadonlyMap<string, Issuer>,
  site: string | URL,
  base: string,
): AtomEntry {
  const { data } = p;
  const issuer = issuers.get(data.issuer)?.shortName ?? data.issuer;
  const url = absoluteUrl(site, base, routes.programme(p.id));
  const symbol = data.number ? `Số ${programmeSymbol(data)}` : 'Chưa có số';
  return {
    id: url,
    title: data.title,
    url,
    updated: programmeUpdated(p),
    ...(data.date ? { published: data.date } : {}),
    author: issuer,
    summary: `${data.documentType} – ${data.subject}. ${issuer}, ${periodLabel(data.period)}. ${symbol}. ${STATUS_LABELS[data.status]}.`,
    categories: [
      { term: data.status, label: STATUS_LABELS[data.status] },
      { term: data.issuer, label: issuer },
    ],
  };
}
