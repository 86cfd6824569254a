/**
 * `/chuong-trinh/ban-goc/<id>.txt`: the original text of a programme as
 * received (content/sources/…), byte for byte, for readers to download. Only
 * programmes whose `source.file` is a plain-text file under content/sources/
 * that exists get one; the programme page links to it then.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../../data/site';
import { hasDownloadableSource } from '../../../lib/reading/files';

export const getStaticPaths = (async () => {
  const site = await getSiteContent();
  return site.programmes.flatMap((programme) => {
    const file = programme.data.source.file;
    if (!hasDownloadableSource(file, (path) => existsSync(resolve(path)))) return [];
    return [{ params: { id: programme.id }, props: { file } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(readFileSync(resolve(props.file)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
