/**
 * The site's one integration (Starlight's shape). In `astro:config:setup` it
 * - loads the registry content (`issuers.yaml`, `resolutions/`) once and
 *   validates it once with the zod schemas: a bad entry fails the build with
 *   the file, line and field (`src/lib/content/load.ts`);
 * - builds the citation registry from it and installs the programme remark
 *   plugins (`./remark-plugins.ts`) with that registry, and the no-wrap
 *   rehype plugin (`./rehype-nowrap.ts`), through Astro's unified processor
 *   (no Shiki, no smartypants, GFM as remark-gfm, footnotes labelled in Vietnamese);
 * - hands the same content to the pages through `virtual:van-kien/content`;
 * - adds the build steps: sitemap, citation report, search index, and the
 *   removal of dot paths from the output.
 *
 * Usage (astro.config.mjs): `integrations: [mdx(), vanKien({ contentDir })]`.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import { loadRegistryContent } from '../lib/content/load';
import { footnoteLabels } from '../lib/i18n/content';
import { registryFromContent } from '../lib/citations/registry-data';
import { programmeRemarkPlugins } from './remark-plugins';
import rehypeNowrap from './rehype-nowrap';
import { virtualContent } from './virtual-content';
import citationReport from './citation-report';
import pagefindIndex from './pagefind';
import publicDotfiles from './public-dotfiles';
import sitemap from './sitemap';

export interface VanKienOptions {
  /** The content folder (issuers.yaml, resolutions/, programmes/), relative to the project. */
  contentDir: string;
  /** Fail the build on ambiguous citations and unacknowledged mismatches (CITATIONS_STRICT=1). */
  strictCitations?: boolean;
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
          markdown: {
            // Astro 7's default processor runs no remark plugins; ours need unified.
            // gfm comes as remark-gfm (first plugin); smartypants is off so that the
            // official text is published exactly as written (no quote or dash rewriting).
            processor: unified({
              gfm: false,
              smartypants: false,
              remarkPlugins: [...programmeRemarkPlugins({ base: config.base, registry })],
              // Symbols and dates never break across lines, also with JavaScript off.
              rehypePlugins: [rehypeNowrap],
              // Footnotes (kept from Word by the importer) are labelled in Vietnamese.
              remarkRehype: { footnoteLabel: footnoteLabels.label, footnoteBackLabel: (i: number) => footnoteLabels.back(i + 1) },
            }),
          },
          vite: { plugins: [virtualContent(content)] },
          integrations: [sitemap(), citationReport({ strict: options.strictCitations ?? false }), pagefindIndex(), publicDotfiles()],
        });
      },
    },
  };
}
