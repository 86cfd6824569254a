/**
 * The programme plugins for Astro's Sätteri processor (`@astrojs/markdown-satteri`),
 * in the order of the remark list (`../remark-plugins.ts`): the content guard,
 * the anchors, the citation links (mdast), then the no-wrap spans (hast). GFM
 * (tables, strikethrough, footnotes) is Sätteri's own. Each adapter is a thin
 * shell over `src/lib`, like its remark twin, so both processors publish the
 * same page (`tests/unit/integrations/processors.test.ts`).
 *
 * The guard runs on every MDX file; the other plugins only on programmes and
 * full texts of documents (`contentFileKind`; the factory leaves them out of
 * any other file's pipeline), or on files whose path holds `include` when given.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import type { SatteriFeatures } from '@astrojs/markdown-satteri';
import { footnoteLabels } from '../../lib/i18n/content';
import type { CitationLinkOptions } from '../../lib/citations/link-plan';
import { satteriContentGuard } from './content-guard';
import { satteriProgrammeAnchors } from './anchors';
import { satteriCitationLinks } from './citation-links';
import { satteriNowrap } from './nowrap';
import { contentFileKind, type ContentFileKind } from '../../lib/content/file-kind';

export interface SatteriProgrammeOptions extends CitationLinkOptions {
  /** Path fragment that identifies programme files (default: programmes and full texts, by `contentFileKind`). */
  include?: string;
}

function filePath(ctx: PluginFactoryContext): string {
  return ctx.fileURL ? fileURLToPath(ctx.fileURL).replaceAll('\\', '/') : '';
}

/** The kind of the file being compiled: by `contentFileKind`, or a programme when its path holds `include`. */
function kindOf(ctx: PluginFactoryContext, include: string | undefined): ContentFileKind | undefined {
  const path = filePath(ctx);
  if (include !== undefined) return path.includes(include) ? { kind: 'programme' } : undefined;
  return contentFileKind(path);
}

export function programmeMdastPlugins(options: SatteriProgrammeOptions): MdastPluginEntry[] {
  const links = { base: options.base, registry: options.registry };
  return [
    satteriContentGuard,
    (ctx: PluginFactoryContext) => {
      const kind = kindOf(ctx, options.include);
      return kind ? [satteriProgrammeAnchors, satteriCitationLinks(links, kind)] : null;
    },
  ];
}

export function programmeHastPlugins(options: { include?: string } = {}): HastPluginEntry[] {
  return [(ctx: PluginFactoryContext) => (kindOf(ctx, options.include) ? [satteriNowrap] : null)];
}

/** Sätteri's features for the site: GFM with footnotes labelled in Vietnamese, no smart punctuation. */
export const SATTERI_FEATURES: SatteriFeatures = {
  gfm: { footnotes: { label: footnoteLabels.label, backLabel: (n: number) => footnoteLabels.back(n) } },
  // The official text is published exactly as written: no quote or dash rewriting.
  smartPunctuation: false,
};

/** Everything the integration hands to `satteri()`: the plugins and the features. */
export function programmeSatteriOptions(options: SatteriProgrammeOptions) {
  return { mdastPlugins: programmeMdastPlugins(options), hastPlugins: programmeHastPlugins(options), features: SATTERI_FEATURES };
}
