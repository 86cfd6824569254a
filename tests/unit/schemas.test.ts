import { describe, expect, it } from 'vitest';
import { issuerSchema, programmeSchema, resolutionSchema } from '../../src/lib/schemas';
import { markdownProcessorName, normalizeBasePath, siteSettings } from '../../src/lib/site-settings';
import { assertAsciiEntryId } from '../../src/lib/content/ids';

const valid = {
  title: 'Chương trình công tác quý I năm 2025',
  subject: 'Công tác quý I năm 2025',
  issuer: 'tinh-uy-hau-giang',
  draftYear: 2024,
  period: { year: 2025, quarter: 1 },
  status: 'du-thao',
  source: { description: 'Bản Word' },
};

/** The paths of the issues a schema reports, joined with dots. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => i.path.map(String).join('.'));
}

describe('programmeSchema', () => {
  it('accepts the seed frontmatter and fills defaults', () => {
    const parsed = programmeSchema.parse(valid);
    expect(parsed.documentType).toBe('CHƯƠNG TRÌNH');
    expect(parsed.symbolSuffix).toBe('CTr/TU');
    expect(parsed.editorialNotes).toEqual([]);
  });

  it('names the field that is wrong', () => {
    expect(issuePaths(programmeSchema.safeParse({ ...valid, status: 'nhap' }))).toEqual(['status']);
    expect(issuePaths(programmeSchema.safeParse({ ...valid, period: { year: 2025, quarter: 5 } }))).toEqual(['period.quarter']);
    expect(issuePaths(programmeSchema.safeParse({ ...valid, title: undefined }))).toEqual(['title']);
    expect(issuePaths(programmeSchema.safeParse({ ...valid, issuer: 'Tỉnh ủy Hậu Giang' }))).toEqual(['issuer']);
    expect(issuePaths(programmeSchema.safeParse({ ...valid, number: '65a' }))).toEqual(['number']);
    expect(issuePaths(programmeSchema.safeParse({ ...valid, titel: 'x' }))).toEqual(['']);
  });

  it('requires number and date once a programme is issued', () => {
    const paths = issuePaths(programmeSchema.safeParse({ ...valid, status: 'ban-hanh', draftYear: undefined }));
    expect(paths.sort()).toEqual(['date', 'number']);
    expect(programmeSchema.safeParse({ ...valid, status: 'ban-hanh', draftYear: undefined, number: '65', date: '2024-12-20' }).success).toBe(true);
  });

  it('rejects a draft year next to a real date', () => {
    expect(issuePaths(programmeSchema.safeParse({ ...valid, date: '2024-12-20' }))).toEqual(['draftYear']);
  });
});

describe('issuerSchema and resolutionSchema', () => {
  it('validate issuers', () => {
    expect(issuerSchema.safeParse({ id: 'tinh-uy-hau-giang', name: 'TỈNH ỦY HẬU GIANG', shortName: 'Tỉnh ủy Hậu Giang', code: 'TU' }).success).toBe(true);
    expect(issuePaths(issuerSchema.safeParse({ id: 'Tỉnh ủy', name: 'x', shortName: 'x', code: 'TU' }))).toEqual(['id']);
  });

  it('validate resolutions', () => {
    const ok = resolutionSchema.safeParse({ type: 'nghi-quyet', number: '07', symbol: '07-NQ/TU', issuer: 'ban-chap-hanh-dang-bo-tinh-hau-giang', date: '2022-11-09' });
    expect(ok.success).toBe(true);
    expect(issuePaths(resolutionSchema.safeParse({ type: 'nghi-quyet', number: 'bảy', symbol: '07-NQ/TU', issuer: 'x' }))).toEqual(['number']);
  });
});

describe('site settings', () => {
  it('normalises the base path', () => {
    expect(normalizeBasePath(undefined)).toBe('/');
    expect(normalizeBasePath('van-kien')).toBe('/van-kien/');
    expect(normalizeBasePath('/a/b/')).toBe('/a/b/');
    expect(() => normalizeBasePath('/văn kiện/')).toThrow(/BASE_PATH/);
  });

  it('validates the site URL', () => {
    expect(siteSettings({}).site).toBe('http://localhost:4321');
    expect(siteSettings({ SITE_URL: 'https://intranet.example', BASE_PATH: '/van-kien' })).toEqual({ site: 'https://intranet.example', base: '/van-kien/' });
    expect(() => siteSettings({ SITE_URL: 'not a url' })).toThrow(/SITE_URL/);
    // MARKDOWN_PROCESSOR: Sätteri unless unified is asked for; a typo is an error, not a silent default.
    expect(markdownProcessorName(undefined)).toBe('satteri');
    expect(markdownProcessorName(' unified ')).toBe('unified');
    expect(() => markdownProcessorName('remark')).toThrow(/MARKDOWN_PROCESSOR "remark"/);
  });
});

describe('entry ids', () => {
  it('accept ASCII slugs with folders and reject the rest, naming the file', () => {
    expect(assertAsciiEntryId('tinh-uy-hau-giang/2025-quy-i', 'x.mdx')).toBe('tinh-uy-hau-giang/2025-quy-i');
    expect(() => assertAsciiEntryId('quý-i', 'content/programmes/quý-i.mdx')).toThrow(/content\/programmes\/quý-i\.mdx/);
    expect(() => assertAsciiEntryId('Quy-I', 'Quy-I.mdx')).toThrow();
  });
});
