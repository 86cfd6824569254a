import { describe, expect, test } from 'vitest';
import { contentFileKind } from '../../../src/lib/content/file-kind';

describe('contentFileKind', () => {
  test('programmes are recognised by their folder', () => {
    expect(contentFileKind('/repo/content/programmes/tinh-uy-hau-giang/2025-quy-i.mdx')).toEqual({ kind: 'programme' });
    expect(contentFileKind('C:\\repo\\content\\programmes\\x\\2025.mdx')).toEqual({ kind: 'programme' });
  });

  test('a full text beside a registry record names its document', () => {
    expect(contentFileKind('/repo/content/resolutions/nq-07-tu-hau-giang-2022.mdx')).toEqual({ kind: 'document-text', documentId: 'nq-07-tu-hau-giang-2022' });
    expect(contentFileKind('/repo/tests/fixtures/documents/content/resolutions/qd-25.mdx')).toEqual({ kind: 'document-text', documentId: 'qd-25' });
  });

  test('other files are neither', () => {
    expect(contentFileKind('/repo/content/resolutions/nq-07.yaml')).toBeUndefined();
    expect(contentFileKind('/repo/src/pages/index.mdx')).toBeUndefined();
    expect(contentFileKind('')).toBeUndefined();
  });
});
