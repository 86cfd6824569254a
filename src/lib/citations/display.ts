/**
 * What a document page and a citation list show for a document, whether it
 * comes from the registry or was created from a citation.
 */
import { formatShortDate } from '../dates';
import type { IndexedDocument } from './citation-index';
import type { RegistryIssuer } from './registry';
import { documentTypeById } from './types';

export interface DocumentDisplay {
  id: string;
  /** "Chỉ thị số 27-CT/TW", or the document's name when it has no symbol. */
  heading: string;
  typeId: string | undefined;
  typeLabel: string;
  symbol: string | undefined;
  /** Other spellings of the symbol recorded in the registry (known errata). */
  aliases: readonly string[];
  issuer: string | undefined;
  issuerId: string | undefined;
  /** "25/12/2023", or "2022" when only the year is known. */
  date: string | undefined;
  /** ISO date or year, for sorting. */
  sortKey: string;
  term: string | undefined;
  subject: string | undefined;
  curated: boolean;
  origin: IndexedDocument['origin'];
  notes: readonly string[];
}

const UNKNOWN_TYPE = 'Văn bản';

export function displayDocument(doc: IndexedDocument, issuers: ReadonlyMap<string, RegistryIssuer>, notes: readonly string[] = []): DocumentDisplay {
  if (doc.origin === 'registry') {
    const d = doc.document;
    const typeLabel = documentTypeById(d.type)?.label ?? UNKNOWN_TYPE;
    const issuer = issuers.get(d.issuerId);
    const date = d.date ? formatShortDate(new Date(`${d.date}T00:00:00Z`)) : d.year !== undefined ? String(d.year) : undefined;
    return {
      id: d.id,
      heading: d.symbol ? `${typeLabel} số ${d.symbol}` : (d.title ?? typeLabel),
      typeId: d.type,
      typeLabel,
      symbol: d.symbol,
      aliases: d.aliases,
      issuer: issuer?.shortName,
      issuerId: d.issuerId,
      date,
      sortKey: d.date ?? (d.year !== undefined ? String(d.year) : ''),
      term: d.term,
      subject: d.subject,
      curated: d.curated,
      origin: 'registry',
      notes,
    };
  }
  const c = doc.created;
  const typeLabel = c.type ? (documentTypeById(c.type)?.label ?? UNKNOWN_TYPE) : UNKNOWN_TYPE;
  const date = c.date ? formatShortDate(new Date(`${c.date}T00:00:00Z`)) : c.year !== undefined ? String(c.year) : undefined;
  return {
    id: c.id,
    heading: `${typeLabel} số ${c.symbol}`,
    typeId: c.type,
    typeLabel,
    symbol: c.symbol,
    aliases: [],
    issuer: c.issuingBody ?? (c.place ? `${c.issuerCode} (${c.place})` : c.issuerCode),
    issuerId: undefined,
    date,
    sortKey: c.date ?? (c.year !== undefined ? String(c.year) : ''),
    term: c.term,
    subject: undefined,
    curated: false,
    origin: 'citation',
    notes,
  };
}
