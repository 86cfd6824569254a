/**
 * Runs the programme plugins exactly as the build does, with either Markdown
 * processor, on a fixture registry:
 * - unified: the same plugin list (`programmeRemarkPlugins`) inside MDX's own
 *   processor (`@mdx-js/mdx`, which `@astrojs/mdx` compiles with on that route);
 * - satteri: the same Sätteri plugin entries the integration installs, through
 *   Astro's own Sätteri MDX renderer (`@astrojs/markdown-satteri`).
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { createProcessor } from '@mdx-js/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { VFile } from 'vfile';
import { loadRegistryContent } from '../../../src/lib/content/load';
import { registryFromContent } from '../../../src/lib/citations/registry-data';
import type { Registry } from '../../../src/lib/citations/registry';
import type { CitationRecord } from '../../../src/lib/citations/records';
import { programmeRemarkPlugins, UNIFIED_REMARK_REHYPE } from '../../../src/integrations/remark-plugins';
import remarkContentGuard from '../../../src/integrations/remark-content-guard';
import rehypeNowrap from '../../../src/integrations/rehype-nowrap';
import { programmeSatteriOptions } from '../../../src/integrations/satteri';
import { satteriContentGuard } from '../../../src/integrations/satteri/content-guard';
import { MARKDOWN_PROCESSORS, type MarkdownProcessorName } from '../../../src/lib/site-settings';

export { MARKDOWN_PROCESSORS, type MarkdownProcessorName };

export const FIXTURE_CONTENT = new URL('../../fixtures/registry/content/', import.meta.url).pathname;
export const SEED_PATH = `${FIXTURE_CONTENT}programmes/tinh-uy-hau-giang/2025-quy-i.mdx`;

let registry: Registry | undefined;
/** The registry of the fixture content (a copy of the seed site's). */
export function fixtureRegistry(): Registry {
  registry ??= registryFromContent(loadRegistryContent(FIXTURE_CONTENT));
  return registry;
}

/** The seed programme's body and frontmatter (from the fixture copy). */
export function seedProgramme(): { body: string; frontmatterLines: number } {
  const text = readFileSync(SEED_PATH, 'utf8');
  const match = /^---\n[\s\S]*?\n---\n/.exec(text);
  const header = match?.[0] ?? '';
  return { body: text.slice(header.length), frontmatterLines: header.split('\n').length - 1 };
}

export const FRONTMATTER = {
  title: 'T',
  subject: 'S',
  issuer: 'tinh-uy-hau-giang',
  draftYear: 2024,
  period: { year: 2025, quarter: 1 },
  status: 'du-thao',
  source: { description: 'x' },
};

export interface PipelineResult {
  tree: Root;
  /** The HTML tree the page is rendered from (after remark-rehype and our rehype plugins). */
  hast: HastRoot;
  records: CitationRecord[];
  frontmatter: Record<string, unknown>;
}

export interface PipelineOptions {
  base?: string;
  path?: string;
  frontmatter?: Record<string, unknown>;
  registry?: Registry;
  /** `false`: without the content guard, to test what the other plugins do with input it would refuse (code, raw links). */
  guard?: boolean;
  /** The Markdown processor (default: the build's default). */
  processor?: MarkdownProcessorName;
}

export async function runPipeline(markdown: string, options: PipelineOptions = {}): Promise<PipelineResult> {
  const processor = options.processor ?? MARKDOWN_PROCESSORS[0];
  return processor === 'satteri' ? runSatteri(markdown, options) : runUnified(markdown, options);
}

async function runUnified(markdown: string, options: PipelineOptions): Promise<PipelineResult> {
  let tree: Root | undefined;
  const capture = () => (t: Root) => {
    tree = structuredClone(t);
  };
  const plugins = programmeRemarkPlugins({ base: options.base ?? '/', registry: options.registry ?? fixtureRegistry() })
    .filter((p) => options.guard !== false || p !== remarkContentGuard);
  let hast: HastRoot | undefined;
  const captureHast = () => (t: HastRoot) => {
    hast = structuredClone(t);
  };
  const processor = createProcessor({
    remarkPlugins: [...plugins, capture] as never,
    rehypePlugins: [rehypeNowrap, captureHast] as never,
    remarkRehypeOptions: UNIFIED_REMARK_REHYPE,
  });
  const frontmatter: Record<string, unknown> = { ...(options.frontmatter ?? FRONTMATTER) };
  const file = new VFile({ path: options.path ?? DEFAULT_PATH, value: markdown });
  file.data = { astro: { frontmatter } };
  await processor.process(file);
  if (!tree || !hast) throw new Error('the pipeline did not run');
  return { tree, hast, records: (frontmatter.citations ?? []) as CitationRecord[], frontmatter };
}

const DEFAULT_PATH = '/repo/content/programmes/x/2025-quy-i.mdx';

/** A plain copy of a Sätteri tree (its nodes are read-only views), positions kept. */
function plain<T>(node: T): T {
  return JSON.parse(JSON.stringify(node)) as T;
}

async function runSatteri(markdown: string, options: PipelineOptions): Promise<PipelineResult> {
  let tree: Root | undefined;
  let hast: HastRoot | undefined;
  const captureTree = defineMdastPlugin({ name: 'capture', options: { position: true }, after: (root) => void (tree = plain(root as Root)) });
  const captureHast = defineHastPlugin({ name: 'capture', after: (root) => void (hast = plain(root as HastRoot)) });
  const site = programmeSatteriOptions({ base: options.base ?? '/', registry: options.registry ?? fixtureRegistry() });
  const mdast = site.mdastPlugins.filter((p) => options.guard !== false || p !== satteriContentGuard);
  // As @astrojs/mdx resolves them: a boolean feature of the processor decides the MDX option.
  const shared = { syntaxHighlight: false, gfm: true, smartypants: typeof site.features.smartPunctuation === 'boolean' ? site.features.smartPunctuation : true };
  const renderer = await satteri({ mdastPlugins: [...mdast, captureTree], hastPlugins: [...site.hastPlugins, captureHast], features: site.features }).createMdxRenderer?.(
    shared as never,
    { optimize: false } as never,
  );
  if (!renderer) throw new Error('no Sätteri MDX renderer');
  const frontmatter: Record<string, unknown> = { ...(options.frontmatter ?? FRONTMATTER) };
  await renderer.process(markdown, options.path ?? DEFAULT_PATH, frontmatter);
  if (!tree || !hast) throw new Error('the pipeline did not run');
  return { tree, hast, records: (frontmatter.citations ?? []) as CitationRecord[], frontmatter };
}
