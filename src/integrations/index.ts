/**
 * The site's one integration (Starlight's shape). In `astro:config:setup` it
 * - loads the registry content (`issuers.yaml`, `resolutions/`) once and
 *   validates it once with the zod schemas: a bad entry fails the build with
 *   the file, line and field (`src/lib/content/load.ts`);
 * - builds the citation registry from it and installs the programme plugins
 *   with that registry in the Markdown processor chosen by `processor`
 *   (`MARKDOWN_PROCESSOR`, see `MARKDOWN_PROCESSORS`): Sätteri with its
 *   mdast/hast adapters (`./satteri/`, the default: the faster one), or unified
 *   with the remark plugins (`./remark-plugins.ts`) and the no-wrap rehype
 *   plugin (`./rehype-nowrap.ts`). Both: no Shiki, no smart punctuation, GFM,
 *   footnotes labelled in Vietnamese; both publish the same pages;
 * - hands the same content to the pages through `virtual:van-kien/content`;
 * - removes the directive Astro writes into each content entry's asset module,
 *   which Rolldown warned about once per programme (`./head-inject-directive.ts`);
 * - adds the build steps: sitemap, citation report, search index, and the
 *   removal of dot paths from the output.
 *
 * Usage (astro.config.mjs): `integrations: [mdx(), vanKien({ contentDir })]`.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { loadRegistryContent } from '../lib/content/load';
import { registryFromContent } from '../lib/citations/registry-data';
import { programmeRemarkPlugins, UNIFIED_REMARK_REHYPE } from './remark-plugins';
import rehypeNowrap from './rehype-nowrap';
import { programmeSatteriOptions } from './satteri';
import { MARKDOWN_PROCESSORS, type MarkdownProcessorName } from '../lib/site-settings';
import type { Registry } from '../lib/citations/registry';
import { virtualContent } from './virtual-content';
import citationReport from './citation-report';
import pagefindIndex from './pagefind';
import publicDotfiles from './public-dotfiles';
import sitemap from './sitemap';
import { headInjectDirective } from './head-inject-directive';
import { mark, writePhases } from '../lib/build/timings';

function markdownProcessor(name: MarkdownProcessorName, base: string, registry: Registry) {
  if (name === 'satteri') {
    return satteri(programmeSatteriOptions({ base, registry }));
  }
  // Astro 7's default processor runs no remark plugins; unified does.
  // gfm comes as remark-gfm (first plugin); smartypants is off so that the
  // official text is published exactly as written (no quote or dash rewriting).
  return unified({
    gfm: false,
    smartypants: false,
    remarkPlugins: [...programmeRemarkPlugins({ base, registry })],
    // Symbols and dates never break across lines, also with JavaScript off.
    rehypePlugins: [rehypeNowrap],
    remarkRehype: UNIFIED_REMARK_REHYPE,
  });
}

export interface VanKienOptions {
  /** The content folder (issuers.yaml, resolutions/, programmes/), relative to the project. */
  contentDir: string;
  /** Fail the build on ambiguous citations and unacknowledged mismatches (CITATIONS_STRICT=1). */
  strictCitations?: boolean;
  /** Where to write the build's phase timings as JSON (BUILD_TIMINGS; `npm run bench` reads it). */
  timingsFile?: string;
  /** The Markdown processor (default: the first of `MARKDOWN_PROCESSORS`). */
  processor?: MarkdownProcessorName;
}

export default function vanKien(options: VanKienOptions): AstroIntegration {
  return {
    name: 'van-kien',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
        const root = new URL('.', config.root).pathname;
        const contentDir = resolve(root, options.contentDir);
        const content = loadRegistryContent(contentDir, root);
        const registry = registryFromContent(content);
        addWatchFile(resolve(contentDir, 'issuers.yaml'));
        for (const r of content.resolutions) addWatchFile(resolve(root, r.filePath));
        updateConfig({
          markdown: { processor: markdownProcessor(options.processor ?? MARKDOWN_PROCESSORS[0], config.base, registry) },
          vite: { plugins: [virtualContent(content), headInjectDirective()] },
          integrations: [
            sitemap(),
            citationReport({ strict: options.strictCitations ?? false }),
            pagefindIndex(),
            publicDotfiles(),
            { name: 'van-kien:timings', hooks: { 'astro:build:done': () => writePhases(options.timingsFile) } },
          ],
        });
      },
      // Phase marks for `npm run bench` (src/lib/build/timings.ts), written when BUILD_TIMINGS names a file.
      'astro:config:done': () => mark('config:done'),
      'astro:build:start': () => mark('build:start'),
      'astro:build:generated': () => mark('build:generated'),
    },
  };
}
