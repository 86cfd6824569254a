import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentTextSchema, programmeSchema } from './lib/schemas';
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

/**
 * Full texts of registry documents: `resolutions/<id>.mdx` beside `<id>.yaml`
 * (same id). Compiled by the same MDX pipeline as programmes (content guard,
 * anchors, citation links); a text without its YAML record fails when the
 * content loads (src/lib/content/load.ts).
 */
const documentTexts = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/resolutions`, generateId: idFromPath }),
  schema: documentTextSchema,
});

// Issuers and document records are not collections: the integration loads and
// validates them once (src/lib/content/load.ts) and the pages import them from
// 'virtual:van-kien/content'.
export const collections = { programmes, documentTexts };
