import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parsePeriodOption } from '../../../src/lib/import/header';
import { scaffoldProgramme } from '../../../src/lib/import/scaffold';
import { programmeSchema } from '../../../src/lib/schemas';

const ISSUER = { id: 'tinh-uy-hau-giang', name: 'TỈNH ỦY HẬU GIANG', shortName: 'Tỉnh ủy Hậu Giang', code: 'TU', place: 'Hậu Giang' };

describe('npm run new: an empty programme with valid frontmatter', () => {
  it.each([
    ['2025-q2', 'content/programmes/tinh-uy-hau-giang/2025-quy-ii.mdx', 'Công tác quý II năm 2025', { year: 2025, quarter: 2 }],
    ['2026-q4', 'content/programmes/tinh-uy-hau-giang/2026-quy-iv.mdx', 'Công tác quý IV năm 2026', { year: 2026, quarter: 4 }],
    ['2025', 'content/programmes/tinh-uy-hau-giang/2025.mdx', 'Công tác năm 2025', { year: 2025 }],
    ['2025-h1', 'content/programmes/tinh-uy-hau-giang/2025-6-thang-dau-nam.mdx', 'Công tác 6 tháng đầu năm 2025', { year: 2025 }],
  ])('--period %s', (option, path, subject, period) => {
    const scaffold = scaffoldProgramme(ISSUER, parsePeriodOption(option)!);
    expect(scaffold.problems).toEqual([]);
    expect(scaffold.relativePath).toBe(path);
    // The file's own frontmatter, parsed back, is what the schema accepts.
    const yaml = /^---\n([\s\S]*?)---\n/u.exec(scaffold.mdx)![1]!;
    const data = parseYaml(yaml) as Record<string, unknown>;
    expect(data).toMatchObject({ subject, period, issuer: 'tinh-uy-hau-giang', status: 'du-thao', symbolSuffix: 'CTr/TU', place: 'Hậu Giang' });
    expect(programmeSchema.safeParse(data).success).toBe(true);
  });
});
