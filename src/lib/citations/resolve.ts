/**
 * Resolve a parsed citation to a document: in the registry when it is there,
 * otherwise a document created from the citation's own metadata.
 *
 * A symbol is not unique: 27-NQ/TW exists in 2018 and in 2022, every province
 * has a 07-NQ/TU. So candidates with the symbol are narrowed by the document
 * type (the word before the symbol), the locality of the citing programme
 * (for local codes such as TU), the date or the year, the term (khóa), and
 * finally by what was issued before the citing programme. What stays
 * ambiguous is reported; what disagrees with the registry is reported as a
 * mismatch. The text itself is never changed.
 */
import type { Citation } from './parse';
import {
  createdDocumentId,
  documentYear,
  isLocalIssuerCode,
  symbolKey,
  type Registry,
  type RegistryDocument,
  type RegistryIssuer,
} from './registry';
import { foldCode, inferDocumentType, type DocumentTypeId } from './types';

export interface CitingContext {
  /** The issuing body of the citing programme. */
  issuer: RegistryIssuer;
  /** The year the citing programme was written (date of issue, or the draft's year). */
  year: number;
}

export type Mismatch =
  | { kind: 'type-symbol'; message: string }
  | { kind: 'alias'; message: string }
  | { kind: 'date'; message: string }
  | { kind: 'type'; message: string };

export interface CreatedDocument {
  id: string;
  type: DocumentTypeId | undefined;
  number: string;
  symbol: string;
  issuerCode: string;
  kind: 'party' | 'state';
  date?: string;
  year?: number;
  term?: string;
  issuingBody?: string;
  /** The locality for local codes (TU → the citing programme's province). */
  place?: string;
}

interface ResolutionBase {
  documentId: string;
  mismatches: Mismatch[];
  /**
   * The citation matched a spelling the registry records as an alias of the
   * document (a known erratum): its mismatches are acknowledged by an editor.
   */
  viaAlias: boolean;
}

export type Resolution =
  | (ResolutionBase & { status: 'resolved' })
  | (ResolutionBase & { status: 'ambiguous'; candidates: string[] })
  | (ResolutionBase & { status: 'created'; created: CreatedDocument });

function typeMismatch(citation: Citation): Mismatch[] {
  if (!citation.typeMismatch) return [];
  return [
    {
      kind: 'type-symbol',
      message: `“${citation.text}”: loại văn bản “${citation.typeWord ?? ''}” không khớp ký hiệu ${citation.code}`,
    },
  ];
}

/**
 * The locality a local issuer code means for the citing body: the place of
 * the nearest body, itself or above it (`parent` in issuers.yaml), that
 * issues under that code. A district committee (HU) citing "…/TU" means its
 * own province; a provincial committee citing "…/TU" means itself. When no
 * body in the chain uses the code, the citing body's own place.
 */
export function localPlace(issuerCode: string, citing: RegistryIssuer, registry: Pick<Registry, 'issuers'>): string | undefined {
  const code = foldCode(issuerCode);
  const seen = new Set<string>();
  for (let body: RegistryIssuer | undefined = citing; body && !seen.has(body.id); body = body.parentId ? registry.issuers.get(body.parentId) : undefined) {
    seen.add(body.id);
    if (foldCode(body.code) === code && body.place !== undefined) return body.place;
  }
  return citing.place;
}

export function resolveCitation(citation: Citation, registry: Registry, context: CitingContext): Resolution {
  const mismatches: Mismatch[] = typeMismatch(citation);
  const local = isLocalIssuerCode(citation.issuerCode, citation.kind);
  const place = local ? localPlace(citation.issuerCode, context.issuer, registry) : undefined;
  let candidates = [...(registry.bySymbol.get(symbolKey(citation.symbol)) ?? [])];

  // Local codes (TU, HU …) mean the citing programme's own locality (for a district citing TU: its province).
  if (local && place !== undefined) {
    candidates = candidates.filter((c) => registry.issuers.get(c.document.issuerId)?.place === place);
  }

  // The word before the symbol decides between types that share a code (QĐ).
  if (citation.type !== undefined && candidates.length > 0) {
    const sameType = candidates.filter((c) => c.document.type === citation.type);
    if (sameType.length > 0) candidates = sameType;
    else {
      const first = candidates[0]?.document;
      mismatches.push({ kind: 'type', message: `“${citation.text}”: văn bản trong danh mục là loại ${first?.type ?? '?'}` });
    }
  }

  for (const c of candidates) {
    if (c.viaAlias) {
      mismatches.push({
        kind: 'alias',
        message: `“${citation.text}” được hiểu là ${c.document.symbol ?? c.document.id} (cách ghi khác trong danh mục)`,
      });
    }
  }

  if (candidates.length > 1 && citation.date !== undefined) {
    const byDate = candidates.filter((c) => c.document.date === citation.date);
    const year = Number(citation.date.slice(0, 4));
    const byYear = candidates.filter((c) => documentYear(c.document) === year);
    candidates = byDate.length > 0 ? byDate : byYear.length > 0 ? byYear : candidates;
  }
  if (candidates.length > 1 && citation.term !== undefined) {
    const byTerm = candidates.filter((c) => c.document.term === citation.term);
    if (byTerm.length > 0) candidates = byTerm;
  }
  if (candidates.length > 1) {
    const earlier = candidates.filter((c) => (documentYear(c.document) ?? 0) <= context.year);
    if (earlier.length > 0) candidates = earlier;
  }

  if (candidates.length === 0) {
    const year = citation.date ? Number(citation.date.slice(0, 4)) : undefined;
    const created: CreatedDocument = {
      id: createdDocumentId({
        kind: citation.kind,
        code: citation.code || (citation.type ?? ''),
        number: citation.number,
        issuerCode: citation.issuerCode,
        year,
        stateYear: citation.year,
        place,
      }),
      type: citation.type ?? inferDocumentType(citation.code, citation.kind),
      number: citation.number,
      symbol: citation.symbol,
      issuerCode: citation.issuerCode,
      kind: citation.kind,
      date: citation.date,
      year: year ?? citation.year,
      term: citation.term,
      issuingBody: citation.issuingBody,
      place,
    };
    return { status: 'created', documentId: created.id, created, mismatches, viaAlias: false };
  }

  // Newest first: the best guess when the text does not say which one.
  candidates.sort((a, b) => (documentYear(b.document) ?? 0) - (documentYear(a.document) ?? 0));
  const chosenEntry = candidates[0] as { document: RegistryDocument; viaAlias: boolean };
  const chosen = chosenEntry.document;
  const viaAlias = chosenEntry.viaAlias;
  if (citation.date !== undefined && chosen.date !== undefined && chosen.date !== citation.date) {
    mismatches.push({ kind: 'date', message: `“${citation.text}”: văn bản ghi ngày ${citation.date}, danh mục ghi ${chosen.date}` });
  }
  if (candidates.length > 1) {
    return { status: 'ambiguous', documentId: chosen.id, candidates: candidates.map((c) => c.document.id), mismatches, viaAlias };
  }
  return { status: 'resolved', documentId: chosen.id, mismatches, viaAlias };
}
