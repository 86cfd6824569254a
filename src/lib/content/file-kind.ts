/**
 * Which kind of content file a compiled MDX file is, from its path: a
 * programme (`…/content/programmes/…`) or the full text of a registry
 * document (`…/content/resolutions/<id>.mdx`, beside `<id>.yaml`). The remark
 * plugins give anchors and citation links to both, and use the kind to find
 * the context of a citation (the programme's frontmatter, or the registry
 * record of the document).
 *
 * Content folders must keep the name `content` (CONTENT_DIR=tests/fixtures/x/content).
 */

export type ContentFileKind = { kind: 'programme' } | { kind: 'document-text'; documentId: string };

const PROGRAMMES = '/content/programmes/';
const RESOLUTIONS = '/content/resolutions/';

/** The kind of the file at `path` (any separator), or undefined for any other file. */
export function contentFileKind(path: string): ContentFileKind | undefined {
  const p = path.replaceAll('\\', '/');
  if (p.includes(PROGRAMMES)) return { kind: 'programme' };
  const at = p.lastIndexOf(RESOLUTIONS);
  if (at === -1) return undefined;
  const rest = p.slice(at + RESOLUTIONS.length);
  const match = /^(.+)\.mdx$/iu.exec(rest);
  if (!match?.[1]) return undefined;
  return { kind: 'document-text', documentId: match[1] };
}
