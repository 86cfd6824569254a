/**
 * Turn validated content (issuers, resolution entries) into registry records.
 * The integration builds the registry once from what `src/lib/content/load.ts`
 * loaded; the remark plugin and the pages share it.
 */
import { isoDate } from '../dates';
import type { Issuer, ResolutionData } from '../schemas';
import { buildRegistry, type Registry, type RegistryDocument, type RegistryIssuer } from './registry';

export function toRegistryIssuer(issuer: Issuer): RegistryIssuer {
  return {
    id: issuer.id,
    code: issuer.code,
    shortName: issuer.shortName,
    ...(issuer.place ? { place: issuer.place } : {}),
    ...(issuer.parent ? { parentId: issuer.parent } : {}),
  };
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
    ...(data.programme ? { programme: data.programme } : {}),
  };
}

/** The registry of validated content (`src/lib/content/load.ts`). */
export function registryFromContent(content: {
  issuers: readonly { data: Issuer }[];
  resolutions: readonly { id: string; data: ResolutionData }[];
}): Registry {
  return buildRegistry(
    content.resolutions.map((r) => toRegistryDocument(r.id, r.data)),
    content.issuers.map((i) => toRegistryIssuer(i.data)),
  );
}
