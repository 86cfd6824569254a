/**
 * Loads the registry content once per build: `issuers.yaml` and every
 * `resolutions/**.yaml`, each file read once, its YAML checked, every entry
 * validated by the zod schemas of `src/lib/schemas.ts`, then the references
 * between entries (`./references.ts`). Any problem fails the build with the
 * file, the line and the field; nothing is skipped.
 *
 * The integration (`src/integrations/index.ts`) calls this in
 * `astro:config:setup` and hands the result to the remark plugins and, through
 * a virtual module, to the pages.
 *
 * Node only (fs); no Astro import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { issuerSchema, resolutionSchema, type Issuer, type ResolutionData } from '../schemas.ts';
import { entryIdFromPath } from './ids.ts';
import { orphanFullTexts, originalFormat, type OriginalFormat } from './full-text.ts';
import { contentMessages } from '../i18n/content.ts';
import { duplicateEntryFiles, duplicateIdProblems, yamlSyntaxProblems } from './precheck.ts';
import { duplicateDocuments, formatProblems, issuerReferenceProblems, type ContentProblem } from './references.ts';

export interface IssuerEntry {
  id: string;
  data: Issuer;
}

export interface ResolutionEntry {
  id: string;
  data: ResolutionData;
  /** The file, relative to the working directory. */
  filePath: string;
  /** Whether a full text stands beside the record (`<id>.mdx`, the `documentTexts` collection). */
  fullText?: true;
  /** The original file (`original:`), when the record names one: where it is and what it is. */
  original?: OriginalFile;
}

export interface OriginalFile {
  /** The file, relative to the working directory. */
  path: string;
  format: OriginalFormat;
  /** Its size in bytes. */
  bytes: number;
}

export interface RegistryContent {
  issuers: IssuerEntry[];
  resolutions: ResolutionEntry[];
}

/** Thrown when the content cannot be loaded; the message lists every problem, one a line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Every file under a folder, recursively, sorted; none when it does not exist. */
export function listFilesSync(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}

/** The line of the YAML node at `path` (or of its nearest existing parent). */
function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let line = node && typeof node === 'object' && 'range' in node ? lineCounter.linePos((node as YamlNode).range![0]).line : 1;
  for (const key of path) {
    let next: unknown;
    if (isSeq(node) && typeof key === 'number') next = node.get(key, true);
    else if (isMap(node)) next = node.get(String(key), true) ?? node.items.find((p) => (p.key as { value?: unknown })?.value === key)?.key;
    if (!next || typeof next !== 'object') break;
    node = next;
    const range = (node as YamlNode).range;
    if (range) line = lineCounter.linePos(range[0]).line;
  }
  return line;
}

function zodProblems(error: z.ZodError, file: string, doc: Document, lineCounter: LineCounter, prefix: readonly PropertyKey[] = []): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const field = issue.path.map(String).join('.') || '(mục)';
    return { where: `${file}:${lineOf(doc, lineCounter, path)}`, message: `${field}: ${issue.message}` };
  });
}

function readYaml(file: string, rel: string, problems: ContentProblem[]): { doc: Document; lineCounter: LineCounter; text: string } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    problems.push({ where: rel, message: 'không đọc được tệp (file missing or unreadable)' });
    return undefined;
  }
  const syntax = yamlSyntaxProblems(text, rel);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  return { doc, lineCounter, text };
}

/**
 * Read and validate `issuers.yaml` and `resolutions/` under a content folder.
 * Throws a `ContentError` naming every problem.
 */
export function loadRegistryContent(contentDir: string, cwd: string = process.cwd()): RegistryContent {
  const rel = (f: string): string => relative(cwd, f).replaceAll('\\', '/');
  const problems: ContentProblem[] = [];

  const issuers: IssuerEntry[] = [];
  const issuersFile = join(contentDir, 'issuers.yaml');
  const issuersYaml = readYaml(issuersFile, rel(issuersFile), problems);
  if (issuersYaml) {
    problems.push(...duplicateIdProblems(issuersYaml.text, rel(issuersFile)));
    const raw: unknown = issuersYaml.doc.toJS();
    if (!Array.isArray(raw)) problems.push({ where: rel(issuersFile), message: 'tệp phải là một danh sách cơ quan (“- id: …”)' });
    else
      raw.forEach((item: unknown, i) => {
        const parsed = issuerSchema.safeParse(item);
        if (parsed.success) issuers.push({ id: parsed.data.id, data: parsed.data });
        else problems.push(...zodProblems(parsed.error, rel(issuersFile), issuersYaml.doc, issuersYaml.lineCounter, [i]));
      });
  }

  const resolutions: ResolutionEntry[] = [];
  const resolutionsDir = join(contentDir, 'resolutions');
  const all = listFilesSync(resolutionsDir);
  const files = all.filter((f) => /\.ya?ml$/i.test(f));
  const texts = new Set(all.filter((f) => /\.mdx$/u.test(f)));
  problems.push(...duplicateEntryFiles(files.map(rel)));
  // A full text (resolutions/<id>.mdx) needs its record (<id>.yaml): the record says what the document is.
  for (const text of orphanFullTexts(all.map((f) => relative(resolutionsDir, f).replaceAll('\\', '/')))) {
    const file = join(resolutionsDir, text);
    problems.push({ where: rel(file), message: contentMessages.orphanFullText(`${basename(text, '.mdx')}.yaml`) });
  }
  for (const file of files) {
    const yaml = readYaml(file, rel(file), problems);
    if (!yaml) continue;
    const parsed = resolutionSchema.safeParse(yaml.doc.toJS());
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, rel(file), yaml.doc, yaml.lineCounter));
      continue;
    }
    const entry: ResolutionEntry = { id: entryIdFromPath(relative(resolutionsDir, file)), data: parsed.data, filePath: rel(file) };
    if (texts.has(file.replace(/\.ya?ml$/iu, '.mdx'))) entry.fullText = true;
    if (parsed.data.original) {
      const path = join(contentDir, parsed.data.original);
      const format = originalFormat(parsed.data.original);
      let bytes: number | undefined;
      try {
        const stat = statSync(path);
        if (stat.isFile()) bytes = stat.size;
      } catch {
        bytes = undefined;
      }
      if (bytes === undefined || !format) problems.push({ where: `${rel(file)}:${lineOf(yaml.doc, yaml.lineCounter, ['original'])}`, message: contentMessages.missingOriginal(parsed.data.original) });
      else entry.original = { path: rel(path), format, bytes };
    }
    resolutions.push(entry);
  }

  if (problems.length === 0) {
    problems.push(...issuerReferenceProblems({ issuers, resolutions, issuersFile: rel(issuersFile) }), ...duplicateDocuments(resolutions));
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { issuers, resolutions };
}
