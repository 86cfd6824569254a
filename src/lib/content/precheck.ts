/**
 * Checks on the text of content files that the schemas cannot make:
 * - a YAML file that does not parse (file and line);
 * - an id used twice in `issuers.yaml` (a map by id would keep the last one silently);
 * - two files that give the same entry id (`x.yaml` and `x.yml`).
 * `./load.ts` runs them while it loads the registry content, before the schemas.
 */
import { LineCounter, parseDocument } from 'yaml';
import { entryIdFromPath } from './ids.ts';
import type { ContentProblem } from './references.ts';

/** A problem in the text of a content file (the same shape as every content problem). */
export type PrecheckProblem = ContentProblem;

/** Problems in the text of one YAML file (syntax, duplicate keys). */
export function yamlSyntaxProblems(text: string, file: string): PrecheckProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return doc.errors.map((e) => {
    const line = lineCounter.linePos(e.pos[0]).line;
    const reason = e.message.split('\n')[0] ?? e.message;
    return { where: `${file}:${line}`, message: `YAML không đọc được (invalid YAML): ${reason}` };
  });
}

/** Ids used more than once in a list of entries (the issuers file). */
export function duplicateIdProblems(text: string, file: string): PrecheckProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) return [];
  const seen = new Map<string, number>();
  const problems: PrecheckProblem[] = [];
  const items = doc.contents && 'items' in doc.contents ? (doc.contents.items as unknown[]) : [];
  for (const item of items) {
    if (!item || typeof item !== 'object' || !('get' in item)) continue;
    const node = item as { get(key: string, keepScalar: true): { value?: unknown; range?: [number, number, number] } | undefined };
    const idNode = node.get('id', true);
    const id = idNode?.value;
    if (typeof id !== 'string') continue;
    const line = idNode?.range ? lineCounter.linePos(idNode.range[0]).line : 0;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        where: `${file}:${line}`,
        message: `id "${id}" bị trùng, đã dùng ở dòng ${first} (duplicate id, first used on line ${first})`,
      });
    } else seen.set(id, line);
  }
  return problems;
}

/** Entry ids that two files share (ids drop the extension: x.yaml and x.yml). */
export function duplicateEntryFiles(files: readonly string[]): PrecheckProblem[] {
  const byId = new Map<string, string[]>();
  for (const f of files) {
    const id = entryIdFromPath(f);
    byId.set(id, [...(byId.get(id) ?? []), f]);
  }
  return [...byId.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      where: group.join(', '),
      message: 'các tệp này cho cùng một mã mục, hãy giữ một tệp (these files give the same entry id; keep one)',
    }));
}
