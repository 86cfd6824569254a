import { describe, expect, test } from 'vitest';
import { implementingProgrammes } from '../../../src/lib/programmes/implementing';

describe('programmes implementing a programme', () => {
  const programmes = [
    { id: 'tu/2025' },
    { id: 'tu/2025-quy-i', parent: 'tu/2025' },
    { id: 'tu/2025-quy-ii' },
    { id: 'tu/2025-quy-iii', parent: 'tu/2025' },
    { id: 'tu/2024-quy-iv' },
  ];
  const citations = [
    { programmeId: 'tu/2025-quy-i', documentId: 'ctr-2025', blockAnchor: 'mo-dau-doan-1' },
    { programmeId: 'tu/2025-quy-ii', documentId: 'ctr-2025', blockAnchor: 'mo-dau-doan-1' },
    { programmeId: 'tu/2025-quy-ii', documentId: 'ctr-2025', blockAnchor: 'mo-dau-doan-1' },
    { programmeId: 'tu/2025-quy-ii', documentId: 'ctr-2025', blockAnchor: 'muc-ii-doan-2' },
    { programmeId: 'tu/2024-quy-iv', documentId: 'nq-07', blockAnchor: 'mo-dau-doan-1' },
    // The annual programme naming itself is not an implementation of itself.
    { programmeId: 'tu/2025', documentId: 'ctr-2025', blockAnchor: 'mo-dau-doan-1' },
  ];

  test('are those with it as parent and those citing it, each once, with the citing paragraphs', () => {
    expect(implementingProgrammes('tu/2025', { programmes, documentIds: ['ctr-2025'], citations })).toEqual([
      { id: 'tu/2025-quy-i', parent: true, anchors: ['mo-dau-doan-1'] },
      { id: 'tu/2025-quy-ii', parent: false, anchors: ['mo-dau-doan-1', 'muc-ii-doan-2'] },
      { id: 'tu/2025-quy-iii', parent: true, anchors: [] },
    ]);
  });

  test('without a registry document only the parent field counts', () => {
    expect(implementingProgrammes('tu/2025', { programmes, documentIds: [], citations }).map((p) => p.id)).toEqual(['tu/2025-quy-i', 'tu/2025-quy-iii']);
    expect(implementingProgrammes('tu/2024-quy-iv', { programmes, documentIds: [], citations })).toEqual([]);
  });
});
