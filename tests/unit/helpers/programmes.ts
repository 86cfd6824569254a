import type { ProgrammeRecord } from '../../../src/lib/programmes/catalog';
import type { ProgrammeData } from '../../../src/lib/schemas';

/** A draft programme record for tests: the id doubles as title and subject. */
export function programmeRecord(id: string, issuer: string, year: number, quarter?: number, extra: Partial<ProgrammeData> = {}): ProgrammeRecord {
  return {
    id,
    data: {
      title: id,
      documentType: 'CHƯƠNG TRÌNH',
      subject: id,
      issuer,
      symbolSuffix: 'CTr/TU',
      period: quarter ? { year, quarter } : { year },
      status: 'du-thao',
      source: { description: 'x' },
      editorialNotes: [],
      ...extra,
    },
  };
}
