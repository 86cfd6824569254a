/**
 * Turn validated content (issuers, resolution entries) into registry records.
 * Used by the pages (through Astro's collections) and by the remark plugin
 * (through `loadRegistryFromDisk`), so both resolve citations alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isoDate } from '../dates';
import { issuerSchema, resolutionSchema, type Issuer, type ResolutionData } from '../schemas';
import { entryIdFromPath } from '../content/ids';
import { buildRegistry, type Registry, type RegistryDocument, type RegistryIssuer } from './registry';

export function toRegistryIssuer(issuer: Issuer): RegistryIssuer {
  return { id: issuer.id, code: issuer.code, shortName: issuer.shortName, ...(issuer.place ? { place: issuer.place } : {}) };
}

export function toRegistryDocument(id: string, data: ResolutionData): RegistryDocument {
  return {
    id,
    type: data.type,
    ...(data.number ? { number: data.number } : {}),
    ...(data.symbol ? { symbol: data.symbol } : {}),
    issuerId: data.issuer,
    ...(data.date ? { date: isoDate(data.date) } : {}),
    ...(data.year !== undefined ? { year: data.year } : {}),
    ...(data.term ? { term: data.term } : {}),
    ...(data.subject ? { subject: data.subject } : {}),
    ...(data.title ? { title: data.title } : {}),
    aliases: data.aliases,
    namedReferences: data.namedReferences,
    curated: data.curated,
  };
}

function listYamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYamlFiles(path));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/**
 * Read `issuers.yaml` and `resolutions/**.yaml` under a content folder. Invalid
 * entries are skipped here: the content collections report them with the file
 * and field when the build loads them.
 */
export function loadRegistryFromDisk(contentDir: string): Registry {
  const issuersRaw: unknown = parseYaml(readFileSync(join(contentDir, 'issuers.yaml'), 'utf8'));
  const issuers = (Array.isArray(issuersRaw) ? issuersRaw : [])
    .map((raw: unknown) => issuerSchema.safeParse(raw))
    .flatMap((r) => (r.success ? [toRegistryIssuer(r.data)] : []));
  const dir = join(contentDir, 'resolutions');
  const documents = listYamlFiles(dir).flatMap((file) => {
    const parsed = resolutionSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
    const id = entryIdFromPath(relative(dir, file));
    return parsed.success ? [toRegistryDocument(id, parsed.data)] : [];
  });
  return buildRegistry(documents, issuers);
}
