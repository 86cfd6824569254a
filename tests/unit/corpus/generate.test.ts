import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../../../src/lib/corpus/generate';
import { issuerSchema, programmeSchema, resolutionSchema } from '../../../src/lib/schemas';
import { parseCitations } from '../../../src/lib/citations/parse';

describe('generateCorpus', () => {
  const corpus = generateCorpus({ programmes: 130, seed: 3 });

  it('is deterministic: the same seed gives the same files', () => {
    const again = generateCorpus({ programmes: 130, seed: 3 });
    expect([...again.files.entries()]).toEqual([...corpus.files.entries()]);
    expect([...generateCorpus({ programmes: 130, seed: 4 }).files.values()]).not.toEqual([...corpus.files.values()]);
  });

  it('writes exactly N programmes, every file valid for the schemas', () => {
    const programmes = [...corpus.files.keys()].filter((p) => p.startsWith('programmes/'));
    expect(programmes).toHaveLength(130);
    expect(corpus.stats.programmes).toBe(130);
    const issuers = parse(corpus.files.get('issuers.yaml') ?? '') as unknown[];
    for (const i of issuers) issuerSchema.parse(i);
    for (const [path, text] of corpus.files) {
      if (path.startsWith('resolutions/')) resolutionSchema.parse(parse(text));
      if (path.startsWith('programmes/')) programmeSchema.parse(parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? ''));
    }
  });

  it('has provinces with districts under them, and quarterly programmes implementing the annual one', () => {
    const issuers = parse(corpus.files.get('issuers.yaml') ?? '') as { id: string; code: string; parent?: string }[];
    const district = issuers.find((i) => i.code === 'HU');
    expect(issuers.find((i) => i.id === district?.parent)?.code).toBe('TU');
    const quarter = [...corpus.files.entries()].find(([p]) => p.endsWith('-quy-ii.mdx'));
    expect(quarter?.[1]).toMatch(/\nparent: [a-z0-9-]+\/\d{4}\n/);
  });

  it('cites documents in the parser’s forms: registry symbols, State symbols and unknown ones', () => {
    const text = [...corpus.files.entries()].filter(([p]) => p.startsWith('programmes/')).map(([, t]) => t).join('\n');
    const found = parseCitations(text);
    expect(found.length).toBeGreaterThan(130 * 10);
    expect(found.some((c) => c.kind === 'state')).toBe(true);
    expect(found.some((c) => c.issuerCode === 'TU')).toBe(true);
    expect(found.some((c) => c.issuerCode === 'TW')).toBe(true);
  });
});
