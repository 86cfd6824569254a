import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { issuerSchema, programmeSchema, resolutionSchema } from './lib/schemas';
import { assertAsciiEntryId } from './lib/content/ids';

/** Ids come from file paths; they become URLs, so they must be ASCII slugs. */
function idFromPath({ entry }: { entry: string }): string {
  return assertAsciiEntryId(entry.replace(/\.(mdx|md|ya?ml|json)$/i, ''), entry);
}

const programmes = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/programmes', generateId: idFromPath }),
  schema: programmeSchema,
});

const issuers = defineCollection({
  loader: file('./content/issuers.yaml'),
  schema: issuerSchema,
});

const resolutions = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/resolutions', generateId: idFromPath }),
  schema: resolutionSchema,
});

export const collections = { programmes, issuers, resolutions };
