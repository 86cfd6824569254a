import { describe, expect, it } from 'vitest';
import { phases } from '../../../src/lib/build/timings';

describe('build phases (npm run bench)', () => {
  it('are the spans between the marks, and leave out a phase whose marks are missing', () => {
    const marks = new Map([
      ['config:done', 0],
      ['build:start', 1000],
      ['render:start', 31000],
      ['citation-index:done', 33500],
      ['build:generated', 51000],
      ['search-index:start', 51200],
      ['search-index:done', 61200],
    ]);
    expect(phases(marks)).toEqual({ contentSync: 1000, mdxCompile: 30000, citationIndex: 2500, pageRender: 20000, buildSteps: 200, searchIndex: 10000, total: 61200 });
    marks.delete('render:start');
    expect(Object.keys(phases(marks))).toEqual(['contentSync', 'buildSteps', 'searchIndex', 'total']);
  });
});
