import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { issuerSchema, programmeSchema, resolutionSchema } from './lib/schemas';
import { assertAsciiEntryId, entryIdFromPath } from './lib/content/ids';

/**
 * The content folder: `content/`, or CONTENT_DIR (relative to the project),
 * the same folder astro.config.mjs and scripts/build.ts read. Keep the name
 * `content` for the folder (e.g. tests/fixtures/x/content): the anchor plugin
 * recognises programmes by `/content/programmes/` in their path.
 */
const CONTENT_DIR = (process.env.CONTENT_DIR ?? './content').replace(/\/+$/, '');

/** Ids come from file paths; they become URLs, so they must be ASCII slugs. */
function idFromPath({ entry }: { entry: string }): string {
  return assertAsciiEntryId(entryIdFromPath(entry), entry);
}

const programmes = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/programmes`, generateId: idFromPath }),
  schema: programmeSchema,
});

const issuers = defineCollection({
  loader: file(`${CONTENT_DIR}/issuers.yaml`),
  schema: issuerSchema,
});

const resolutions = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `${CONTENT_DIR}/resolutions`, generateId: idFromPath }),
  schema: resolutionSchema,
});

export const collections = { programmes, issuers, resolutions };
