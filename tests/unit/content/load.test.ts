import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, loadRegistryContent } from '../../../src/lib/content/load';
import { FIXTURE_CONTENT } from '../helpers/pipeline';

const ISSUERS = '- id: a\n  name: A\n  shortName: A\n  code: TU\n';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A content folder with these files; returns the problems `loadRegistryContent` throws (none: []). */
function problemsOf(files: Record<string, string>): { where: string; message: string }[] {
  dir = mkdtempSync(join(tmpdir(), 'van-kien-load-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    loadRegistryContent(join(dir, 'content'), dir);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return [...error.problems];
  }
}

describe('loadRegistryContent', () => {
  it('loads and validates the fixture registry once: issuers and documents with their file', () => {
    const content = loadRegistryContent(FIXTURE_CONTENT, join(FIXTURE_CONTENT, '../../../..'));
    expect(content.issuers.map((i) => i.id)).toContain('tinh-uy-hau-giang');
    const ct27 = content.resolutions.find((r) => r.id === 'ct-27-tw-2023');
    expect(ct27?.filePath).toBe('tests/fixtures/registry/content/resolutions/ct-27-tw-2023.yaml');
    expect(ct27?.data.date).toBeInstanceOf(Date);
  });

  it('fails on a bad registry entry with the file, line and field, instead of skipping it', () => {
    const problems = problemsOf({
      'content/issuers.yaml': ISSUERS,
      'content/resolutions/x.yaml': 'type: nghi-quyet\nissuer: a\nnumber: "7"\nsymbol: 7-NQ/TU\ndate: khong-phai-ngay\n',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('content/resolutions/x.yaml:5');
    expect(problems[0]?.message).toMatch(/^date: /);
  });

  it('names the line of an invalid issuer field', () => {
    const problems = problemsOf({ 'content/issuers.yaml': `${ISSUERS}- id: B C\n  name: B\n  shortName: B\n  code: TU\n` });
    expect(problems.map((p) => p.where)).toEqual(['content/issuers.yaml:5']);
    expect(problems[0]?.message).toMatch(/^id: /);
  });

  it('reports YAML syntax, duplicate files, unknown issuers and duplicate documents', () => {
    expect(problemsOf({ 'content/issuers.yaml': ISSUERS, 'content/resolutions/x.yml': 'type: [\n', 'content/resolutions/x.yaml': 'type: nghi-quyet\nissuer: a\nyear: 2020\ntitle: X\n' }).map((p) => p.where)).toEqual([
      'content/resolutions/x.yaml, content/resolutions/x.yml',
      'content/resolutions/x.yml:2',
    ]);
    expect(problemsOf({ 'content/issuers.yaml': ISSUERS, 'content/resolutions/x.yaml': 'type: nghi-quyet\nissuer: b\nyear: 2020\ntitle: X\n' })).toEqual([
      { where: 'content/resolutions/x.yaml', message: 'issuer: không có cơ quan "b" trong content/issuers.yaml' },
    ]);
    expect(problemsOf({ 'content/issuers.yaml': `${ISSUERS}${ISSUERS.replace('id: a', 'id: b')}`.replace('id: b', 'id: a') }).map((p) => p.message)).toContainEqual(
      expect.stringContaining('bị trùng'),
    );
    expect(problemsOf({ 'content/nothing.txt': '' })).toEqual([{ where: 'content/issuers.yaml', message: 'không đọc được tệp (file missing or unreadable)' }]);
  });
});

describe('full texts and original files', () => {
  const RECORD = 'type: nghi-quyet\nnumber: "07"\nsymbol: 07-NQ/TU\nissuer: a\ndate: 2022-11-09\n';

  it('marks a record with a full text beside it, and gives the original file its format and size', () => {
    dir = mkdtempSync(join(tmpdir(), 'van-kien-load-'));
    mkdirSync(join(dir, 'content/resolutions'), { recursive: true });
    mkdirSync(join(dir, 'content/sources'), { recursive: true });
    writeFileSync(join(dir, 'content/issuers.yaml'), ISSUERS);
    writeFileSync(join(dir, 'content/resolutions/nq-07.yaml'), `${RECORD}original: sources/nq-07.pdf\n`);
    writeFileSync(join(dir, 'content/resolutions/nq-07.mdx'), 'Toàn văn.\n');
    writeFileSync(join(dir, 'content/resolutions/nq-08.yaml'), RECORD.replaceAll('07', '08'));
    writeFileSync(join(dir, 'content/sources/nq-07.pdf'), Buffer.alloc(2048));
    const content = loadRegistryContent(join(dir, 'content'), dir);
    const byId = new Map(content.resolutions.map((r) => [r.id, r]));
    expect(byId.get('nq-07')).toMatchObject({ fullText: true, original: { path: 'content/sources/nq-07.pdf', bytes: 2048, format: { extension: 'pdf', label: 'PDF' } } });
    expect(byId.get('nq-08')?.fullText).toBeUndefined();
    expect(byId.get('nq-08')?.original).toBeUndefined();
  });

  it('fails on a full text without its record and on a missing original file, naming the files', () => {
    expect(
      problemsOf({
        'content/issuers.yaml': ISSUERS,
        'content/resolutions/nq-07.yaml': `${RECORD}original: sources/khong-co.docx\n`,
        'content/resolutions/nq-99.mdx': 'Toàn văn.\n',
      }),
    ).toEqual([
      { where: 'content/resolutions/nq-99.mdx', message: expect.stringContaining('nq-99.yaml') },
      { where: 'content/resolutions/nq-07.yaml:6', message: expect.stringContaining('original: không có tệp bản gốc "sources/khong-co.docx"') },
    ]);
  });
});
