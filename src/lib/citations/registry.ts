/**
 * The registry of cited documents (content/resolutions) as a look-up
 * structure: by symbol (canonical spelling and aliases) and by named phrase.
 */
import { foldForSearch, normalizeText, slugify } from '../text';
import { normalizeSymbol } from './parse';
import type { DocumentTypeId } from './types';

export interface RegistryIssuer {
  id: string;
  code: string;
  shortName: string;
  /** The locality of a provincial or district body ("Hậu Giang"). */
  place?: string;
  /** The body above it (a district committee's province), by id. */
  parentId?: string;
}

export interface RegistryDocument {
  id: string;
  type: DocumentTypeId;
  number?: string;
  /** Canonical symbol, e.g. "07-NQ/TU"; absent for documents known only by name. */
  symbol?: string;
  issuerId: string;
  /** ISO date "YYYY-MM-DD" when known. */
  date?: string;
  year?: number;
  term?: string;
  subject?: string;
  title?: string;
  aliases: readonly string[];
  namedReferences: readonly string[];
  curated: boolean;
  /** The programme on the site that is this document (an annual programme cited by name), its id. */
  programme?: string;
}

export interface Registry {
  documents: ReadonlyMap<string, RegistryDocument>;
  issuers: ReadonlyMap<string, RegistryIssuer>;
  /** symbolKey → documents with that symbol (or alias); `viaAlias` marks alias matches. */
  bySymbol: ReadonlyMap<string, readonly { document: RegistryDocument; viaAlias: boolean }[]>;
  /** Named phrases, longest first. */
  namedPhrases: readonly { phrase: string; documentId: string }[];
}

/**
 * The key under which symbols are compared: canonical spelling, upper case,
 * number without leading zeros (`7-NQ/TU` and `07-nq/tu` meet).
 */
export function symbolKey(symbol: string): string {
  const canonical = normalizeSymbol(symbol) ?? normalizeText(symbol).replace(/\s+/g, '');
  return canonical.toUpperCase().replace(/^0+(?=\d)/, '');
}

/** Year of a document: from its date, or its year field. */
export function documentYear(doc: Pick<RegistryDocument, 'date' | 'year'>): number | undefined {
  return doc.date ? Number(doc.date.slice(0, 4)) : doc.year;
}

export function buildRegistry(documents: readonly RegistryDocument[], issuers: readonly RegistryIssuer[]): Registry {
  const bySymbol = new Map<string, { document: RegistryDocument; viaAlias: boolean }[]>();
  const add = (symbol: string, document: RegistryDocument, viaAlias: boolean): void => {
    const key = symbolKey(symbol);
    const list = bySymbol.get(key) ?? [];
    bySymbol.set(key, list);
    if (!list.some((e) => e.document.id === document.id)) list.push({ document, viaAlias });
  };
  const namedPhrases: { phrase: string; documentId: string }[] = [];
  for (const doc of documents) {
    if (doc.symbol) add(doc.symbol, doc, false);
    for (const alias of doc.aliases) add(alias, doc, true);
    for (const phrase of doc.namedReferences) namedPhrases.push({ phrase: normalizeText(phrase), documentId: doc.id });
  }
  namedPhrases.sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    documents: new Map(documents.map((d) => [d.id, d])),
    issuers: new Map(issuers.map((i) => [i.id, i])),
    bySymbol,
    namedPhrases,
  };
}

/** Issuer codes that name one national body; every other Party code is local (TU, HU, ĐU …). */
const NATIONAL_CODES = new Set(['TW', 'UBKTTW', 'VPTW', 'BTCTW', 'BTGTW', 'BDVTW', 'BNCTW', 'BKTTW', 'DUQSTW', 'DUCA']);

export function isLocalIssuerCode(code: string, kind: 'party' | 'state'): boolean {
  return kind === 'party' && !NATIONAL_CODES.has(foldForSearch(code).toUpperCase());
}

/** The id a document gets when the registry does not know it: `nq-18-tw-2017`, `nq-07-tu-hau-giang-2022`, `nd-30-2020-cp`. */
export function createdDocumentId(input: {
  kind: 'party' | 'state';
  code: string;
  number: string;
  issuerCode: string;
  year?: number;
  stateYear?: number;
  place?: string;
}): string {
  const parts =
    input.kind === 'party'
      ? [input.code, input.number, input.issuerCode, isLocalIssuerCode(input.issuerCode, 'party') ? input.place : undefined, input.year]
      : [input.code || 'vb', input.number, input.stateYear, input.issuerCode, input.stateYear === undefined ? input.year : undefined];
  return slugify(parts.filter((p) => p !== undefined && p !== '').join('-'));
}
