/**
 * Relations between documents (căn cứ, thực hiện, hướng dẫn, sửa đổi bổ sung,
 * thay thế, bãi bỏ). An editor records each relation once, on the document
 * that acts; this module shows it from both ends with the inverse name, and
 * merges the relations suggested by the programmes' text (marked as
 * suggestions until an editor records them).
 */
import { relationNames } from '../i18n/documents';
import { RELATION_TYPE_IDS, type RelationTypeId } from '../schemas';

/** Where a suggested relation was read: a paragraph of a programme or a document's own subject. */
export type RelationSource =
  | { kind: 'programme'; programmeId: string; anchor: string }
  | { kind: 'subject'; documentId: string }
  /** A paragraph of a document's full text (content/resolutions/<id>.mdx). */
  | { kind: 'full-text'; documentId: string; anchor: string };

/** One relation: `from` acts on `to` (`from` thực hiện `to`). */
export interface RelationRecord {
  from: string;
  to: string;
  type: RelationTypeId;
  /** `editor`: recorded in content/resolutions; `text`: read from a sentence, not yet confirmed. */
  origin: 'editor' | 'text';
  note?: string;
  sources?: readonly RelationSource[];
}

/** A relation as seen from one document. */
export interface RelationView {
  type: RelationTypeId;
  /** `forward` on the acting document, `inverse` on the other one. */
  direction: 'forward' | 'inverse';
  /** The name to show: "Thực hiện" or "Được thực hiện bởi". */
  label: string;
  /** The document at the other end. */
  other: string;
  origin: RelationRecord['origin'];
  note?: string;
  sources: readonly RelationSource[];
}

export interface RelationGroup {
  key: string;
  type: RelationTypeId;
  direction: RelationView['direction'];
  label: string;
  items: RelationView[];
}

const pairKey = (r: Pick<RelationRecord, 'from' | 'to' | 'type'>): string => `${r.type}|${r.from}|${r.to}`;

/** Relations recorded in content/resolutions, one record per entry of `relations`. */
export function recordedRelations(entries: readonly { id: string; relations: readonly { type: RelationTypeId; target: string; note?: string }[] }[]): RelationRecord[] {
  return entries.flatMap((e) =>
    e.relations.map((r) => ({ from: e.id, to: r.target, type: r.type, origin: 'editor' as const, ...(r.note ? { note: r.note } : {}) })),
  );
}

/**
 * Recorded relations, then each suggested one that no editor has recorded
 * (same type and same two documents), with the sources of identical
 * suggestions merged. A suggestion between a document and itself is dropped.
 */
export function mergeRelations(recorded: readonly RelationRecord[], suggested: readonly RelationRecord[]): RelationRecord[] {
  const seen = new Set(recorded.map(pairKey));
  const merged = new Map<string, RelationRecord>();
  for (const s of suggested) {
    if (s.from === s.to) continue;
    const key = pairKey(s);
    if (seen.has(key)) continue;
    const prev = merged.get(key);
    merged.set(key, prev ? { ...prev, sources: [...(prev.sources ?? []), ...(s.sources ?? [])] } : { ...s, origin: 'text' });
  }
  return [...recorded, ...merged.values()];
}

/** Every relation of a document, from both ends. */
export function relationsOf(id: string, records: readonly RelationRecord[]): RelationView[] {
  const out: RelationView[] = [];
  for (const r of records) {
    const base = { type: r.type, origin: r.origin, sources: r.sources ?? [], ...(r.note ? { note: r.note } : {}) };
    if (r.from === id) out.push({ ...base, direction: 'forward', label: relationNames[r.type].forward, other: r.to });
    if (r.to === id) out.push({ ...base, direction: 'inverse', label: relationNames[r.type].inverse, other: r.from });
  }
  return out;
}

/** Views grouped by relation name, in the order of RELATION_TYPE_IDS, forward before inverse; empty groups left out. */
export function groupRelations(views: readonly RelationView[]): RelationGroup[] {
  const groups: RelationGroup[] = [];
  for (const type of RELATION_TYPE_IDS) {
    for (const direction of ['forward', 'inverse'] as const) {
      const items = views.filter((v) => v.type === type && v.direction === direction);
      if (items.length === 0) continue;
      groups.push({ key: `${type}-${direction === 'forward' ? 'xuoi' : 'nguoc'}`, type, direction, label: relationNames[type][direction], items });
    }
  }
  return groups;
}

/** Documents that take part in at least one relation. */
export function relatedIds(records: readonly RelationRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const r of records) {
    ids.add(r.from);
    ids.add(r.to);
  }
  return ids;
}
