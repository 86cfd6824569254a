import { describe, expect, it } from 'vitest';
import { formatNumber, NumberingCounter, toRoman, type NumberingDefinitions } from '../../../src/lib/import/numbering';

const level = (format: string, text: string, start = 1) => ({ format, text, start, legal: false });

function defs(): NumberingDefinitions {
  return {
    abstract: new Map([
      ['0', new Map([[0, level('upperRoman', '%1.')], [1, level('decimal', '%2.')], [2, level('decimal', '%2.%3.')]])],
      ['1', new Map([[0, level('bullet', '•')]])],
      ['2', new Map([[0, level('lowerLetter', '%1)')]])],
    ]),
    instances: new Map([
      ['1', { abstractId: '0', startOverrides: new Map() }],
      ['2', { abstractId: '1', startOverrides: new Map() }],
      ['3', { abstractId: '2', startOverrides: new Map() }],
      ['4', { abstractId: '2', startOverrides: new Map([[0, 1]]) }],
    ]),
  };
}

describe('Word numbering', () => {
  it('formats numbers as Word does', () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect(formatNumber(3, 'lowerRoman')).toBe('iii');
    expect(formatNumber(27, 'lowerLetter')).toBe('aa');
    expect(formatNumber(5, 'decimalZero')).toBe('05');
    expect(formatNumber(12, 'decimal')).toBe('12');
  });

  it('counts parts, sections and subsections, restarting deeper levels', () => {
    const counter = new NumberingCounter(defs());
    const labels = [
      [0], [1], [1], [0], [1], [2], [2], [1], [2],
    ].map(([l]) => counter.next('1', l!));
    expect(labels).toEqual(['I.', '1.', '2.', 'II.', '1.', '1.1.', '1.2.', '2.', '2.1.']);
  });

  it('bullets have no number; unknown lists neither', () => {
    const counter = new NumberingCounter(defs());
    expect(counter.next('2', 0)).toBeUndefined();
    expect(counter.next('99', 0)).toBeUndefined();
  });

  it('a new instance with a start override restarts the list', () => {
    const counter = new NumberingCounter(defs());
    expect([counter.next('3', 0), counter.next('3', 0), counter.next('4', 0), counter.next('4', 0)]).toEqual(['a)', 'b)', 'a)', 'b)']);
  });
});
