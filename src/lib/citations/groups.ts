import { slugify } from '../text';
import type { DocumentDisplay } from './display';

export interface DocumentGroup {
  key: string;
  label: string;
  items: DocumentDisplay[];
}

/** Group documents by a label (type, issuer); groups and items sorted for reading: labels A–Z, newest first. */
export function groupDocuments(docs: readonly DocumentDisplay[], labelOf: (d: DocumentDisplay) => string): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const d of docs) {
    const label = labelOf(d);
    const key = slugify(label) || 'khac';
    const group = groups.get(key) ?? { key, label, items: [] };
    groups.set(key, group);
    group.items.push(d);
  }
  const collator = new Intl.Collator('vi');
  for (const g of groups.values()) g.items.sort((a, b) => b.sortKey.localeCompare(a.sortKey) || collator.compare(a.heading, b.heading));
  return [...groups.values()].sort((a, b) => collator.compare(a.label, b.label));
}
