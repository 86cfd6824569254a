import { describe, expect, it } from 'vitest';
import { duplicateEntryFiles, duplicateIdProblems, yamlSyntaxProblems } from '../../../src/lib/content/precheck';

describe('content pre-checks', () => {
  it('name the line of a YAML syntax error and of a repeated key', () => {
    expect(yamlSyntaxProblems('a: 1\nb: "open\n', 'x.yaml')[0]?.where).toMatch(/^x\.yaml:\d+$/);
    expect(yamlSyntaxProblems('a: 1\na: 2\n', 'x.yaml')).toHaveLength(1);
    expect(yamlSyntaxProblems('- id: a\n', 'x.yaml')).toEqual([]);
  });

  it('find an id used twice in issuers.yaml, with both lines', () => {
    const text = '- id: a\n  name: A\n- id: b\n  name: B\n- id: a\n  name: A2\n';
    expect(duplicateIdProblems(text, 'content/issuers.yaml')).toEqual([
      { where: 'content/issuers.yaml:5', message: 'id "a" bị trùng, đã dùng ở dòng 1 (duplicate id, first used on line 1)' },
    ]);
  });

  it('find two files that give the same entry id', () => {
    expect(duplicateEntryFiles(['r/a.yaml', 'r/a.yml', 'r/b.yaml']).map((p) => p.where)).toEqual(['r/a.yaml, r/a.yml']);
  });
});
