/**
 * Document types that Party work programmes cite, with the abbreviations
 * ("codes") used in document symbols and the Vietnamese words that name them.
 *
 * Codes are stored in their canonical written form (`NQ`, `QĐ`, `QĐi`, `CTr`,
 * `TTr`), the same form `Citation.code` and `normalizeSymbol` use, so
 * `info.codes.includes(citation.code)` works. Look-ups by code
 * (`documentTypesByCode`) ignore letter case but keep đ distinct from d;
 * `foldCode` is the loose form for search, where `QĐ` and `QD` meet.
 */
import { foldForSearch, normalizeText } from '../text';

export type DocumentTypeId =
  | 'nghi-quyet'
  | 'chi-thi'
  | 'quy-dinh'
  | 'quyet-dinh'
  | 'ket-luan'
  | 'huong-dan'
  | 'quy-che'
  | 'de-an'
  | 'phuong-an'
  | 'ke-hoach'
  | 'thong-bao'
  | 'thong-tri'
  | 'bao-cao'
  | 'to-trinh'
  | 'cong-van'
  | 'chuong-trinh'
  | 'nghi-dinh'
  | 'thong-tu'
  | 'luat'
  | 'phap-lenh'
  | 'thong-tu-lien-tich'
  | 'quy-hoach';

/** Which numbering system a symbol follows: Party `07-NQ/TU` or State `30/2020/NĐ-CP`. */
export type CitationKind = 'party' | 'state';

export interface DocumentTypeInfo {
  id: DocumentTypeId;
  /** The type as a label: 'Nghị quyết'. */
  label: string;
  /** Canonical abbreviations used in symbols: ['NQ'], ['QĐ', 'QĐi'], ['CTr']; [] for laws (`59/2020/QH14`). */
  codes: readonly string[];
  /** The Vietnamese words that name the type before a symbol, longest variants included. */
  words: readonly string[];
  /** The numbering systems whose symbols use this type's codes. */
  kinds: readonly CitationKind[];
}

const BOTH: readonly CitationKind[] = ['party', 'state'];
const PARTY: readonly CitationKind[] = ['party'];
const STATE: readonly CitationKind[] = ['state'];

export const DOCUMENT_TYPES: readonly DocumentTypeInfo[] = [
  { id: 'nghi-quyet', label: 'Nghị quyết', codes: ['NQ'], words: ['Nghị quyết', 'Nghị quyết liên tịch', 'Nghị quyết chuyên đề'], kinds: BOTH },
  { id: 'chi-thi', label: 'Chỉ thị', codes: ['CT'], words: ['Chỉ thị'], kinds: BOTH },
  { id: 'quy-dinh', label: 'Quy định', codes: ['QĐ', 'QĐi'], words: ['Quy định'], kinds: PARTY },
  { id: 'quyet-dinh', label: 'Quyết định', codes: ['QĐ'], words: ['Quyết định'], kinds: BOTH },
  { id: 'ket-luan', label: 'Kết luận', codes: ['KL'], words: ['Kết luận'], kinds: BOTH },
  { id: 'huong-dan', label: 'Hướng dẫn', codes: ['HD'], words: ['Hướng dẫn', 'Hướng dẫn liên tịch'], kinds: BOTH },
  { id: 'quy-che', label: 'Quy chế', codes: ['QC'], words: ['Quy chế', 'Quy chế phối hợp'], kinds: BOTH },
  { id: 'de-an', label: 'Đề án', codes: ['ĐA'], words: ['Đề án'], kinds: BOTH },
  { id: 'phuong-an', label: 'Phương án', codes: ['PA'], words: ['Phương án'], kinds: BOTH },
  { id: 'ke-hoach', label: 'Kế hoạch', codes: ['KH'], words: ['Kế hoạch', 'Kế hoạch liên tịch'], kinds: BOTH },
  { id: 'thong-bao', label: 'Thông báo', codes: ['TB'], words: ['Thông báo', 'Thông báo kết luận'], kinds: BOTH },
  { id: 'thong-tri', label: 'Thông tri', codes: ['TT'], words: ['Thông tri'], kinds: PARTY },
  { id: 'bao-cao', label: 'Báo cáo', codes: ['BC'], words: ['Báo cáo'], kinds: BOTH },
  { id: 'to-trinh', label: 'Tờ trình', codes: ['TTr'], words: ['Tờ trình'], kinds: BOTH },
  { id: 'cong-van', label: 'Công văn', codes: ['CV'], words: ['Công văn'], kinds: BOTH },
  {
    id: 'chuong-trinh',
    label: 'Chương trình',
    codes: ['CTr'],
    words: ['Chương trình', 'Chương trình hành động', 'Chương trình công tác'],
    kinds: BOTH,
  },
  { id: 'nghi-dinh', label: 'Nghị định', codes: ['NĐ'], words: ['Nghị định'], kinds: STATE },
  { id: 'thong-tu', label: 'Thông tư', codes: ['TT'], words: ['Thông tư'], kinds: STATE },
  { id: 'luat', label: 'Luật', codes: [], words: ['Luật'], kinds: STATE },
  { id: 'phap-lenh', label: 'Pháp lệnh', codes: [], words: ['Pháp lệnh'], kinds: STATE },
  { id: 'thong-tu-lien-tich', label: 'Thông tư liên tịch', codes: ['TTLT'], words: ['Thông tư liên tịch'], kinds: STATE },
  { id: 'quy-hoach', label: 'Quy hoạch', codes: [], words: ['Quy hoạch'], kinds: STATE },
];

const BY_ID: ReadonlyMap<string, DocumentTypeInfo> = new Map(DOCUMENT_TYPES.map((t) => [t.id, t]));

/** The upper-case key of a code: look-alikes mapped, case ignored, đ kept. */
function codeKey(code: string): string {
  return normalizeText(code).trim().toUpperCase();
}

/** Canonical written form of every known code, keyed by its upper-case form ('QĐI' → 'QĐi'). */
const CANONICAL_CODES: ReadonlyMap<string, string> = new Map(
  DOCUMENT_TYPES.flatMap((t) => t.codes).map((c) => [codeKey(c), c]),
);

/** Upper-case keys of each type's codes, computed once. */
const CODE_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  DOCUMENT_TYPES.map((t) => [t.id, new Set(t.codes.map(codeKey))]),
);

/** Every known code, canonical form, for the given kind (or all). Longest first. */
export function knownCodes(kind?: CitationKind): readonly string[] {
  const set = new Set<string>();
  for (const t of DOCUMENT_TYPES) {
    if (kind !== undefined && !t.kinds.includes(kind)) continue;
    for (const c of t.codes) set.add(c);
  }
  return [...set].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The canonical form of a type code in any letter case ('qđi' → 'QĐi', 'Ctr' → 'CTr'); undefined if unknown. */
export function canonicalCode(code: string): string | undefined {
  return CANONICAL_CODES.get(codeKey(code));
}

export function isDocumentTypeId(value: string): value is DocumentTypeId {
  return BY_ID.has(value);
}

export function documentTypeById(id: DocumentTypeId): DocumentTypeInfo;
export function documentTypeById(id: string): DocumentTypeInfo | undefined;
export function documentTypeById(id: string): DocumentTypeInfo | undefined {
  return BY_ID.get(id);
}

/**
 * The types whose symbols use `code`. Case-insensitive and look-alike tolerant
 * ('qđ', 'QÐ' with U+00D0 → QĐ), but `QD` without đ is not `QĐ`.
 * With `kind`, only the types used in that numbering system: a Party `TT` is
 * a thông tri, a State `TT` a thông tư; a Party `QĐ` is ambiguous (quy định or
 * quyết định), a State `QĐ` is a quyết định.
 */
export function documentTypesByCode(code: string, kind?: CitationKind): readonly DocumentTypeInfo[] {
  const key = codeKey(code);
  if (key === '') return [];
  return DOCUMENT_TYPES.filter(
    (t) => (kind === undefined || t.kinds.includes(kind)) && (CODE_KEYS.get(t.id)?.has(key) ?? false),
  );
}

/** The type a code alone identifies in a numbering system, or undefined when unknown or ambiguous. */
export function inferDocumentType(code: string, kind: CitationKind): DocumentTypeId | undefined {
  const candidates = documentTypesByCode(code, kind);
  return candidates.length === 1 ? candidates[0]?.id : undefined;
}

/** Loose code for search: tone marks stripped, đ → D, upper case ('QĐi' → 'QDI'). */
export function foldCode(code: string): string {
  return foldForSearch(code).toUpperCase();
}

function wordKey(word: string): string {
  return normalizeText(word).replace(/\s+/gu, ' ').trim().toLowerCase();
}

const BY_WORD: ReadonlyMap<string, DocumentTypeInfo> = new Map(
  DOCUMENT_TYPES.flatMap((t) => t.words.map((w) => [wordKey(w), t] as const)),
);

/**
 * The type named by a Vietnamese word ('Nghị quyết', 'NGHỊ QUYẾT', NFD input,
 * no-break spaces, U+00D0 for Đ all accepted). Tone marks are required:
 * 'Nghi quyet' is not a type word.
 */
export function documentTypeByWord(word: string): DocumentTypeInfo | undefined {
  return BY_WORD.get(wordKey(word));
}
