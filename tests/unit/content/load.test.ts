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
