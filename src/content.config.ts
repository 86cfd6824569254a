import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
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
 * Astro's glob loader, run only when the folder holds a file the pattern's
 * extension names: most sites have no full text yet, and an empty glob makes
 * every build print two warnings. (In `npm run dev` a first full text needs a
 * restart, like a new document record.)
 */
function optionalGlob(options: Parameters<typeof glob>[0] & { base: string; extension: string }): Loader {
  const inner = glob(options);
  const hasFiles = (): boolean => {
    try {
      return readdirSync(options.base, { recursive: true }).some((f) => String(f).endsWith(options.extension));
    } catch {
      return false;
    }
  };
  return {
    ...inner,
    name: 'van-kien-optional-glob',
    load: async (context) => {
      if (!hasFiles()) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}

/**
 * Full texts of registry documents: `resolutions/<id>.mdx` beside `<id>.yaml`
 * (same id). Compiled by the same MDX pipeline as programmes (content guard,
 * anchors, citation links); a text without its YAML record fails when the
 * content loads (src/lib/content/load.ts).
 */
const documentTexts = defineCollection({
  loader: optionalGlob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/resolutions`, extension: '.mdx', generateId: idFromPath }),
  schema: documentTextSchema,
});

// Issuers and document records are not collections: the integration loads and
// validates them once (src/lib/content/load.ts) and the pages import them from
// 'virtual:van-kien/content'.
export const collections = { programmes, documentTexts };
