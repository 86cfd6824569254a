/** Reads tests/fixtures/documents/content (a replaced document and a relation chain) with the real schemas. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { issuerSchema, resolutionSchema, type Issuer, type ResolutionData } from '../../../src/lib/schemas';

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/documents/content');

export function fixtureIssuers(): Issuer[] {
  return (parseYaml(readFileSync(join(FIXTURE_DIR, 'issuers.yaml'), 'utf8')) as unknown[]).map((raw) => issuerSchema.parse(raw));
}

export function fixtureDocuments(): { id: string; filePath: string; data: ResolutionData }[] {
  const dir = join(FIXTURE_DIR, 'resolutions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), filePath: `resolutions/${f}`, data: resolutionSchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8'))) }));
}
