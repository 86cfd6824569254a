/**
 * `/ban-goc/<document id>.pdf|.docx`: the original file of a registry document
 * (`original:` in its record, a file under content/sources/), byte for byte,
 * under an ASCII name. The document page links to it as *Tải bản gốc*. The
 * file was checked to exist when the content loaded (src/lib/content/load.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../data/site';
import { originalFileName } from '../../lib/content/full-text';
import type { OriginalFile } from '../../lib/content/load';

export const getStaticPaths = (async () => {
  const site = await getSiteContent();
  return site.resolutions.flatMap((r) => (r.original ? [{ params: { file: originalFileName(r.id, r.original.format) }, props: { original: r.original } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ original: OriginalFile }> = ({ props }) =>
  new Response(readFileSync(resolve(props.original.path)), { headers: { 'Content-Type': props.original.format.mimeType } });
