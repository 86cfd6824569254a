import { describe, expect, it } from 'vitest';
import { normalizeSymbol } from '../../../src/lib/citations';

describe('normalizeSymbol', () => {
  it.each([
    ['07-NQ/TU', '07-NQ/TU'],
    ['72-NQ-TW', '72-NQ/TW'],
    ['72-nq-tw', '72-NQ/TW'],
    ['27 - NQ/TW', '27-NQ/TW'],
    ['27 – NQ / TW', '27-NQ/TW'],
    ['27\u2014NQ\u2212TW', '27-NQ/TW'],
    ['07-NQ/tu', '07-NQ/TU'],
    ['65-Ctr/TU', '65-CTr/TU'],
    ['65-CTR/TU', '65-CTr/TU'],
    ['08-QĐi/TW', '08-QĐi/TW'],
    ['08-QĐI/TW', '08-QĐi/TW'],
    ['08-qđi/tw', '08-QĐi/TW'],
    ['144-Q\u00D0/TW', '144-QĐ/TW'],
    ['144-QĐ/TW', '144-QĐ/TW'],
    ['4218-QĐ/TU', '4218-QĐ/TU'],
    ['08-HD/ubkttw', '08-HD/UBKTTW'],
    ['05-NQ/đu', '05-NQ/ĐU'],
    ['15-TTr/BCS', '15-TTr/BCS'],
    [' 07-NQ/TU ', '07-NQ/TU'],
    ['\u00A007-NQ/TU\u200B', '07-NQ/TU'],
    ['30/2020/NĐ-CP', '30/2020/NĐ-CP'],
    ['30 / 2020 / NĐ-CP', '30/2020/NĐ-CP'],
    ['30/2020/nđ-CP', '30/2020/NĐ-CP'],
    ['1588/QĐ-TTg', '1588/QĐ-TTg'],
    ['1588/QĐ-BCT', '1588/QĐ-BCT'],
    ['01/2011/TT-BNV', '01/2011/TT-BNV'],
    ['01/2015/TTLT-BNV-BTC', '01/2015/TTLT-BNV-BTC'],
    ['59/2020/QH14', '59/2020/QH14'],
    ['02/2022/UBTVQH15', '02/2022/UBTVQH15'],
    ['30/2020/N\u00D0-CP', '30/2020/NĐ-CP'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeSymbol(raw)).toBe(expected);
  });

  it.each([
    '',
    'NQ/TW',
    '07-NQ',
    '09/11/2022',
    '2025 - 2030',
    '27/30',
    '27-QD/TW',
    '27-XY/TW',
    '59/QH14',
    '30/2020/nđ-cp',
    'Nghị quyết số 07-NQ/TU',
    '07-NQ/TU/x',
    'COVID-19',
  ])('%s is not a symbol', (raw) => {
    expect(normalizeSymbol(raw)).toBeUndefined();
  });

  it('keeps the leading zero as written', () => {
    expect(normalizeSymbol('7-NQ/TU')).toBe('7-NQ/TU');
    expect(normalizeSymbol('007-NQ/TU')).toBe('007-NQ/TU');
  });
});
