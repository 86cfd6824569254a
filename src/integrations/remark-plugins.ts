/**
 * The remark plugins of a programme, in order. One list, used by the
 * integration (`./index.ts`) for the build and by the tests, so both run the
 * same pipeline:
 *
 * 1. remark-gfm: tables and strikethrough (Astro's own GFM is off);
 * 2. the content guard: a body that is not plain text fails before anything compiles;
 * 3. the anchors: every section and block gets its id;
 * 4. the citation links: every citation is found once, linked and recorded.
 */
import remarkGfm from 'remark-gfm';
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import type { Registry } from '../lib/citations/registry';
import remarkContentGuard from './remark-content-guard';
import remarkProgrammeAnchors from './remark-programme-anchors';
import remarkCitationLinks from './remark-citation-links';
import { footnoteLabels } from '../lib/i18n/content';

/** remark-rehype's options for the site: footnotes (kept from Word by the importer) labelled in Vietnamese. */
export const UNIFIED_REMARK_REHYPE = {
  footnoteLabel: footnoteLabels.label,
  footnoteBackLabel: (i: number) => footnoteLabels.back(i + 1),
};

export interface ProgrammePluginOptions {
  /** Astro's base path, e.g. "/" or "/van-kien/". */
  base: string;
  /** The citation registry, loaded once by the integration. */
  registry: Registry;
}

export function programmeRemarkPlugins(options: ProgrammePluginOptions): RemarkPlugins {
  return [remarkGfm, remarkContentGuard, remarkProgrammeAnchors, [remarkCitationLinks, { base: options.base, registry: options.registry }]];
}
