/**
 * Runs the programme remark plugins exactly as the build does: the same
 * plugin list (`programmeRemarkPlugins`) inside MDX's own processor
 * (`@mdx-js/mdx`, which `@astrojs/mdx` compiles with), on a fixture registry.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { createProcessor } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { loadRegistryContent } from '../../../src/lib/content/load';
import { registryFromContent } from '../../../src/lib/citations/registry-data';
import type { Registry } from '../../../src/lib/citations/registry';
import type { CitationRecord } from '../../../src/lib/citations/records';
import { programmeRemarkPlugins } from '../../../src/integrations/remark-plugins';
import remarkContentGuard from '../../../src/integrations/remark-content-guard';
import rehypeNowrap from '../../../src/integrations/rehype-nowrap';

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

export async function runPipeline(
  markdown: string,
  options: { base?: string; path?: string; frontmatter?: Record<string, unknown>; registry?: Registry; guard?: boolean } = {},
): Promise<PipelineResult> {
  let tree: Root | undefined;
  const capture = () => (t: Root) => {
    tree = structuredClone(t);
  };
  const plugins = programmeRemarkPlugins({ base: options.base ?? '/', registry: options.registry ?? fixtureRegistry() })
    // `guard: false` tests what the other plugins do with input the guard would refuse (code, raw links).
    .filter((p) => options.guard !== false || p !== remarkContentGuard);
  let hast: HastRoot | undefined;
  const captureHast = () => (t: HastRoot) => {
    hast = structuredClone(t);
  };
  const processor = createProcessor({ remarkPlugins: [...plugins, capture] as never, rehypePlugins: [rehypeNowrap, captureHast] as never });
  const frontmatter: Record<string, unknown> = { ...(options.frontmatter ?? FRONTMATTER) };
  const file = new VFile({ path: options.path ?? '/repo/content/programmes/x/2025-quy-i.mdx', value: markdown });
  file.data = { astro: { frontmatter } };
  await processor.process(file);
  if (!tree || !hast) throw new Error('the pipeline did not run');
  return { tree, hast, records: (frontmatter.citations ?? []) as CitationRecord[], frontmatter };
}
