/**
 * The programmes that implement a programme (an annual programme and its
 * quarterly programmes): those whose `parent` is it, and those whose text
 * cites it, by name or symbol, through the registry document that stands for
 * it (`programme:` in the document's record). Pure: the page passes the
 * programmes and the citation index.
 */

export interface ImplementingProgramme {
  id: string;
  /** Its frontmatter names this programme as `parent`. */
  parent: boolean;
  /** Anchors of the paragraphs that cite this programme, in text order. */
  anchors: string[];
}

export function implementingProgrammes(
  programmeId: string,
  input: {
    programmes: readonly { id: string; parent?: string | undefined }[];
    /** Registry documents that are this programme (`programme: <programmeId>`). */
    documentIds: readonly string[];
    /** Citations in programmes: which programme cites which document where. */
    citations: readonly { programmeId: string; documentId: string; blockAnchor: string }[];
  },
): ImplementingProgramme[] {
  const docs = new Set(input.documentIds);
  const anchors = new Map<string, string[]>();
  for (const c of input.citations) {
    if (!docs.has(c.documentId) || c.programmeId === programmeId) continue;
    const list = anchors.get(c.programmeId) ?? [];
    if (!list.includes(c.blockAnchor)) list.push(c.blockAnchor);
    anchors.set(c.programmeId, list);
  }
  return input.programmes
    .filter((p) => p.id !== programmeId && (p.parent === programmeId || anchors.has(p.id)))
    .map((p) => ({ id: p.id, parent: p.parent === programmeId, anchors: anchors.get(p.id) ?? [] }));
}
