/**
 * References inside document records that the schema alone cannot check:
 * every relation target and every `status.by` must be a document in
 * content/resolutions. Messages name the file and the field, in Vietnamese.
 */
import { documentMessages } from '../i18n/documents';
import type { DocumentRelation, DocumentStatus } from '../schemas';

export interface DocumentRecordInput {
  id: string;
  /** The file, for messages (content/resolutions/nq-07-tu-hau-giang-2022.yaml). */
  filePath?: string;
  relations: readonly DocumentRelation[];
  status: DocumentStatus;
}

export interface DocumentProblem {
  where: string;
  message: string;
}

export function checkDocumentReferences(records: readonly DocumentRecordInput[]): DocumentProblem[] {
  const ids = new Set(records.map((r) => r.id));
  const problems: DocumentProblem[] = [];
  for (const record of records) {
    const where = record.filePath ?? `content/resolutions/${record.id}.yaml`;
    const seen = new Set<string>();
    record.relations.forEach((rel, i) => {
      if (rel.target === record.id) problems.push({ where, message: documentMessages.selfRelation(i) });
      else if (!ids.has(rel.target)) problems.push({ where, message: documentMessages.unknownTarget(i, rel.target) });
      const key = `${rel.type}|${rel.target}`;
      if (seen.has(key)) problems.push({ where, message: documentMessages.duplicateRelation(i, rel.type, rel.target) });
      seen.add(key);
    });
    if (record.status.by && !ids.has(record.status.by)) problems.push({ where, message: documentMessages.unknownStatusBy(record.status.by) });
  }
  return problems;
}

export function formatDocumentProblems(problems: readonly DocumentProblem[]): string {
  return problems.map((p) => `${p.where}: ${p.message}`).join('\n');
}
