/**
 * Relations read from the text: in "Nghị quyết số 07-NQ/TU ngày 09/11/2022
 * của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 20-NQ/TW …" the first
 * document implements the second. A pure function over one block's text and
 * the citations found in it (spans and resolved document ids); what it returns
 * is a suggestion, shown as such until an editor records the relation.
 *
 * Rule: two consecutive citations A and B are related when the text between
 * them is only A's own trailer (date, "của" + issuing body, term) followed by a
 * relation phrase right before B. Anything else between them (a comma-separated
 * clause, "và", "về …", another citation) means no relation: the sentence may
 * list documents side by side. A document's subject ("thực hiện Nghị quyết số
 * 20-NQ/TW …") is read the same way with the document itself as A.
 */
import { normalizeText } from '../text';
import type { RelationTypeId } from '../schemas';
import type { DocumentTypeId } from './types';

export interface SpanCitation {
  start: number;
  end: number;
  documentId: string;
  /** The cited document's type, when known (a *Hướng dẫn* that "thực hiện" something guides it). */
  type?: DocumentTypeId | undefined;
}

export interface TextRelation {
  from: string;
  to: string;
  type: RelationTypeId;
}

/**
 * Relation phrases, longest first; each maps to a relation type. A `thuc-hien`
 * phrase after a *Hướng dẫn* becomes `huong-dan` (the guidance guides the
 * document it implements).
 */
export const RELATION_PHRASES: readonly { phrase: string; type: RelationTypeId }[] = [
  { phrase: 'hướng dẫn thực hiện', type: 'huong-dan' },
  { phrase: 'triển khai thực hiện', type: 'thuc-hien' },
  { phrase: 'sửa đổi, bổ sung', type: 'sua-doi-bo-sung' },
  { phrase: 'sửa đổi bổ sung', type: 'sua-doi-bo-sung' },
  { phrase: 'thực hiện', type: 'thuc-hien' },
  { phrase: 'thay thế', type: 'thay-the' },
  { phrase: 'bãi bỏ', type: 'bai-bo' },
  { phrase: 'căn cứ', type: 'can-cu' },
];

/** Words that, inside the "của …" part, show a new clause has begun (so the phrase does not belong to A). */
const CLAUSE_WORDS = /(?:^|\s)(?:về|và|hoặc|trong|để|nhằm|theo|đồng thời|tiếp tục|tăng cường|triển khai|quán triệt)(?=\s|$)/u;

const phraseAlternatives = RELATION_PHRASES.map((p) => p.phrase.replace(/[,]/g, ',?').replace(/ /g, '\\s+')).join('|');

/**
 * The gap between A and B: optional date, optional "của BODY", optional term,
 * an optional opening parenthesis or comma, an optional "để"/"nhằm", the
 * phrase, an optional "các", then B. Bounded quantifiers only (linear).
 */
const GAP = new RegExp(
  '^\\s{0,3},?\\s{0,3}' +
    '(?:ngày\\s[0-9\\s/.\\-thángnăm]{1,30}?\\s{0,3},?\\s{0,3})?' +
    '(?:của\\s(?<body>[^,.;:()\\n\\uFFFC]{1,160}?)\\s{0,3},?\\s{0,3})?' +
    '(?:khóa\\s[IVXLC]{1,6}\\s{0,3},?\\s{0,3})?' +
    '[(,]?\\s{0,3}(?:(?:để|nhằm)\\s{1,3})?' +
    `(?<phrase>${phraseAlternatives})` +
    '\\s{1,3}(?:các\\s{1,3})?$',
  'iu',
);

function phraseType(phrase: string): RelationTypeId | undefined {
  const key = normalizeText(phrase).toLowerCase().replace(/\s+/g, ' ').replace(/,/g, '');
  return RELATION_PHRASES.find((p) => p.phrase.replace(/,/g, '') === key)?.type;
}

/** The relation stated by the text between two citations, if any. */
export function relationInGap(gap: string, actingType?: DocumentTypeId): RelationTypeId | undefined {
  const m = GAP.exec(normalizeText(gap));
  if (!m?.groups) return undefined;
  if (m.groups.body && CLAUSE_WORDS.test(m.groups.body.toLowerCase())) return undefined;
  const type = phraseType(m.groups.phrase ?? '');
  if (type === 'thuc-hien' && actingType === 'huong-dan') return 'huong-dan';
  return type;
}

/**
 * Relations stated in one block of text. `citations` are the block's
 * citations (any order); `self`, when given, is the document whose subject
 * `text` is: it acts as a citation standing before the text.
 */
export function relationsInText(text: string, citations: readonly SpanCitation[], self?: { documentId: string; type?: DocumentTypeId }): TextRelation[] {
  const sorted = [...citations].sort((a, b) => a.start - b.start);
  const chain: SpanCitation[] = self ? [{ start: 0, end: 0, documentId: self.documentId, type: self.type }, ...sorted] : sorted;
  const out: TextRelation[] = [];
  for (let i = 0; i + 1 < chain.length; i += 1) {
    const a = chain[i]!;
    const b = chain[i + 1]!;
    if (a.documentId === b.documentId || b.start < a.end) continue;
    const type = relationInGap(text.slice(a.end, b.start), a.type);
    if (type) out.push({ from: a.documentId, to: b.documentId, type });
  }
  return out;
}
