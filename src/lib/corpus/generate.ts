/**
 * A deterministic, realistic corpus for scale tests and benchmarks: issuers
 * across the centre, provinces and their districts (with `parent` links);
 * annual and quarterly programmes over 2015–2026, quarterly ones linked to
 * their annual programme; numbered parts, sections and paragraphs recombined
 * from Vietnamese phrases; citations in the forms the parser reads, to
 * documents with registry entries (generated too), to unknown documents, and
 * to symbols two documents share (ambiguous without a date).
 *
 * Pure: returns the files (path relative to the content folder → text); the
 * script `scripts/gen-corpus.ts` writes them. Same seed, same corpus.
 */
import { stringify } from 'yaml';
import { slugify } from '../text/slug';

export interface CorpusOptions {
  programmes: number;
  seed: number;
}

export interface Corpus {
  /** Path under the content folder (issuers.yaml, resolutions/…, programmes/…) → file text. */
  files: Map<string, string>;
  stats: { programmes: number; documents: number; issuers: number; citations: number };
}

/** mulberry32: a small, well-known 32-bit PRNG, enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  'Hậu Giang', 'Cần Thơ', 'Sóc Trăng', 'An Giang', 'Kiên Giang', 'Bạc Liêu', 'Cà Mau', 'Vĩnh Long', 'Trà Vinh', 'Bến Tre',
  'Tiền Giang', 'Long An', 'Đồng Tháp', 'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Nghệ An', 'Thanh Hóa', 'Quảng Ninh', 'Lâm Đồng',
  'Đắk Lắk', 'Gia Lai', 'Bình Định', 'Quảng Nam', 'Thừa Thiên Huế', 'Hà Tĩnh', 'Ninh Bình', 'Thái Bình', 'Bắc Ninh', 'Lào Cai',
];
const DISTRICTS = ['Châu Thành', 'Phụng Hiệp', 'Long Mỹ', 'Vị Thủy', 'Thạnh Trị', 'Mỹ Tú', 'Cái Nước', 'Tân Phú', 'Hòa Bình', 'Phú Tân'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

const PARTS = ['Các nhiệm vụ trọng tâm', 'Nhiệm vụ cụ thể', 'Tổ chức thực hiện'];
const SECTION_TITLES = [
  'Công tác chính trị, tư tưởng', 'Công tác tổ chức xây dựng Đảng', 'Công tác kiểm tra, giám sát và kỷ luật đảng',
  'Công tác dân vận', 'Công tác nội chính và phòng, chống tham nhũng, tiêu cực', 'Lãnh đạo phát triển kinh tế - xã hội',
  'Chuyển đổi số và cải cách hành chính', 'Quốc phòng, an ninh', 'Văn hóa, xã hội', 'Công tác đối ngoại',
];
const OPENINGS = ['Tiếp tục lãnh đạo, chỉ đạo', 'Tập trung triển khai thực hiện', 'Chỉ đạo sơ kết, tổng kết', 'Tăng cường kiểm tra, giám sát việc thực hiện', 'Quán triệt và triển khai'];
const OBJECTS = [
  'công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị', 'chuyển đổi số trong cơ quan đảng', 'nâng cao chất lượng sinh hoạt chi bộ',
  'phát triển kinh tế tập thể, hợp tác xã', 'công tác cán bộ, đảng viên', 'cải cách thủ tục hành chính', 'bảo vệ nền tảng tư tưởng của Đảng',
  'thực hành tiết kiệm, chống lãng phí', 'xây dựng nông thôn mới', 'giảm nghèo bền vững',
];
const CLOSINGS = ['bảo đảm đúng tiến độ, chất lượng.', 'đáp ứng yêu cầu nhiệm vụ trong tình hình mới.', 'tạo chuyển biến rõ nét trong năm.', 'gắn với trách nhiệm người đứng đầu.'];

interface Doc {
  id: string;
  type: string;
  word: string;
  code: string;
  number: string;
  symbol: string;
  issuer: string;
  date: string;
  byline: string;
}

const CENTRAL_TYPES = [
  { type: 'nghi-quyet', word: 'Nghị quyết', code: 'NQ', issuer: 'ban-chap-hanh-trung-uong', byline: 'của Ban Chấp hành Trung ương Đảng' },
  { type: 'chi-thi', word: 'Chỉ thị', code: 'CT', issuer: 'bo-chinh-tri', byline: 'của Bộ Chính trị' },
  { type: 'ket-luan', word: 'Kết luận', code: 'KL', issuer: 'bo-chinh-tri', byline: 'của Bộ Chính trị' },
  { type: 'quy-dinh', word: 'Quy định', code: 'QĐ', issuer: 'ban-bi-thu', byline: 'của Ban Bí thư' },
] as const;
const LOCAL_TYPES = [
  { type: 'nghi-quyet', word: 'Nghị quyết', code: 'NQ' },
  { type: 'chi-thi', word: 'Chỉ thị', code: 'CT' },
  { type: 'de-an', word: 'Đề án', code: 'ĐA' },
] as const;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const viDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function generateCorpus(options: CorpusOptions): Corpus {
  const random = prng(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const files = new Map<string, string>();

  // Issuers: the centre, then provinces and two districts each, as many as the corpus needs.
  // Each issuer gets up to 60 programmes (12 years × annual + 4 quarters).
  const issuersNeeded = Math.ceil(options.programmes / 60);
  const provinceCount = Math.min(PROVINCES.length, Math.max(2, Math.ceil(issuersNeeded / 3)));
  const districtsPerProvince = Math.min(DISTRICTS.length, Math.max(2, Math.ceil(issuersNeeded / provinceCount) - 1));
  const issuers: Record<string, unknown>[] = [
    { id: 'ban-chap-hanh-trung-uong', name: 'BAN CHẤP HÀNH TRUNG ƯƠNG', shortName: 'Ban Chấp hành Trung ương Đảng', code: 'TW' },
    { id: 'bo-chinh-tri', name: 'BỘ CHÍNH TRỊ', shortName: 'Bộ Chính trị', code: 'TW', parent: 'ban-chap-hanh-trung-uong' },
    { id: 'ban-bi-thu', name: 'BAN BÍ THƯ', shortName: 'Ban Bí thư', code: 'TW', parent: 'ban-chap-hanh-trung-uong' },
  ];
  const programmeIssuers: { id: string; place: string; code: string; province: string; suffix: string }[] = [];
  for (const province of PROVINCES.slice(0, provinceCount)) {
    const p = slugify(province);
    issuers.push({ id: `tinh-uy-${p}`, name: `TỈNH ỦY ${province.toUpperCase()}`, shortName: `Tỉnh ủy ${province}`, code: 'TU', place: province, parent: 'ban-chap-hanh-trung-uong' });
    programmeIssuers.push({ id: `tinh-uy-${p}`, place: province, code: 'TU', province, suffix: 'CTr/TU' });
    for (let k = 0; k < districtsPerProvince; k += 1) {
      const district = DISTRICTS[(p.length + k) % DISTRICTS.length]!;
      const id = `huyen-uy-${slugify(district)}-${p}`;
      issuers.push({ id, name: `HUYỆN ỦY ${district.toUpperCase()}`, shortName: `Huyện ủy ${district}`, code: 'HU', place: district, parent: `tinh-uy-${p}`, printedSuperior: `ĐẢNG BỘ TỈNH ${province.toUpperCase()}` });
      programmeIssuers.push({ id, place: district, code: 'HU', province, suffix: 'CTr/HU' });
    }
  }
  files.set('issuers.yaml', stringify(issuers));

  // Registry: central documents (some symbols shared by two documents of different years), and local ones per province.
  const docs: Doc[] = [];
  const central = Math.max(20, Math.ceil(options.programmes / 4));
  for (let i = 0; i < central; i += 1) {
    const t = pick(CENTRAL_TYPES);
    const number = String(int(1, 300));
    const date = `${int(2008, 2025)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}`;
    const symbol = `${number}-${t.code}/TW`;
    docs.push({ id: `${slugify(t.code)}-${number}-tw-${date.slice(0, 4)}`, type: t.type, word: t.word, code: t.code, number, symbol, issuer: t.issuer, date, byline: t.byline });
  }
  for (const province of PROVINCES.slice(0, provinceCount)) {
    for (let i = 0; i < 6; i += 1) {
      const t = pick(LOCAL_TYPES);
      const number = pad2(int(1, 40));
      const date = `${int(2010, 2025)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}`;
      docs.push({
        id: `${slugify(t.code)}-${number}-tu-${slugify(province)}-${date.slice(0, 4)}`,
        type: t.type, word: t.word, code: t.code, number, symbol: `${number}-${t.code}/TU`, issuer: `tinh-uy-${slugify(province)}`, date,
        byline: `của Ban Chấp hành Đảng bộ tỉnh ${province}`,
      });
    }
  }
  const unique = new Map(docs.map((d) => [d.id, d]));
  for (const d of unique.values()) {
    files.set(`resolutions/${d.id}.yaml`, stringify({ type: d.type, number: d.number, symbol: d.symbol, issuer: d.issuer, date: d.date, subject: `về ${pick(OBJECTS)}` }));
  }
  const registry = [...unique.values()].sort((a, b) => a.date.localeCompare(b.date));
  const centralDocs = registry.filter((d) => d.symbol.endsWith('/TW'));
  const localDocs = new Map<string, Doc[]>();
  for (const d of registry) if (!d.symbol.endsWith('/TW')) localDocs.set(d.issuer, [...(localDocs.get(d.issuer) ?? []), d]);
  /** The documents of a date-sorted list issued before `year` (a prefix). */
  const issuedBefore = (list: readonly Doc[], year: number): readonly Doc[] => {
    let n = 0;
    while (n < list.length && Number(list[n]!.date.slice(0, 4)) < year) n += 1;
    return list.slice(0, n);
  };

  // Programmes: per issuer and year, the annual programme first, then quarters that implement it.
  let citations = 0;
  let made = 0;
  // Programmes cite documents issued before them.
  const citation = (issuer: (typeof programmeIssuers)[number], year: number): string => {
    citations += 1;
    const roll = random();
    const local = issuedBefore(localDocs.get(`tinh-uy-${slugify(issuer.province)}`) ?? [], year);
    const earlier = issuedBefore(centralDocs, year);
    if (roll < 0.45 && earlier.length > 0) {
      const d = pick(earlier);
      return `${d.word} số ${d.symbol} ngày ${viDate(d.date)} ${d.byline}`;
    }
    if (roll < 0.7 && local.length > 0) {
      const d = pick(local);
      return `${d.word} số ${d.symbol} ngày ${viDate(d.date)} của Tỉnh ủy`;
    }
    if (roll < 0.8 && earlier.length > 0) return `${pick(earlier).word} số ${pick(earlier).symbol}`; // no date, maybe a mistyped word: may be ambiguous
    if (roll < 0.9) return `Nghị định số ${int(10, 180)}/${int(2005, year - 1)}/NĐ-CP của Chính phủ`;
    return `Nghị quyết số ${int(301, 999)}-NQ/TW ngày ${pad2(int(1, 28))}/${pad2(int(1, 12))}/${int(2005, year - 1)} của Bộ Chính trị`; // unknown
  };
  const paragraph = (issuer: (typeof programmeIssuers)[number], year: number): string => {
    const n = int(0, 3);
    const refs = Array.from({ length: n }, () => citation(issuer, year));
    const cited = refs.length > 0 ? ` theo tinh thần ${refs.join('; ')}` : '';
    return `${pick(OPENINGS)} ${pick(OBJECTS)}${cited}, ${pick(CLOSINGS)}`;
  };
  const body = (issuer: (typeof programmeIssuers)[number], annualId: string | undefined, year: number): string => {
    const out: string[] = [annualId ? `Căn cứ Chương trình công tác năm ${year}, ${issuer.code === 'HU' ? 'Huyện ủy' : 'Tỉnh ủy'} đề ra một số công tác trọng tâm như sau:` : `Năm ${year}, tập trung lãnh đạo thực hiện các nhiệm vụ sau:`];
    PARTS.forEach((part, p) => {
      out.push('', `## ${ROMAN[p]}. ${part}`);
      const sections = int(2, 5);
      for (let s = 1; s <= sections; s += 1) {
        out.push('', `### ${s}. ${pick(SECTION_TITLES)}`);
        for (let k = int(1, 3); k > 0; k -= 1) out.push('', paragraph(issuer, year));
      }
    });
    return `${out.join('\n')}\n`;
  };

  outer: for (let y = 2015; y <= 2026; y += 1) {
    for (const issuer of programmeIssuers) {
      const folder = issuer.id;
      const annualId = `${folder}/${y}`;
      const files4: [string, Record<string, unknown>, string | undefined][] = [[`${y}`, { title: `Chương trình công tác năm ${y}`, subject: `Công tác năm ${y}`, period: { year: y } }, undefined]];
      for (let q = 1; q <= 4; q += 1) {
        files4.push([`${y}-quy-${ROMAN[q - 1]!.toLowerCase()}`, { title: `Chương trình công tác quý ${ROMAN[q - 1]} năm ${y}`, subject: `Công tác quý ${ROMAN[q - 1]} năm ${y}`, period: { year: y, quarter: q }, parent: annualId }, annualId]);
      }
      for (const [name, fields, parent] of files4) {
        const path = `programmes/${folder}/${name}.mdx`;
        if (files.has(path)) continue;
        const number = String(int(1, 150));
        const frontmatter = {
          ...fields,
          issuer: issuer.id,
          number,
          symbolSuffix: issuer.suffix,
          date: `${y - 1}-12-${pad2(int(10, 28))}`,
          status: 'ban-hanh',
          source: { description: 'Văn bản sinh tự động cho kiểm thử quy mô (không phải văn bản thật).' },
        };
        files.set(path, `---\n${stringify(frontmatter)}---\n\n${body(issuer, parent, y)}`);
        made += 1;
        if (made >= options.programmes) break outer;
      }
    }
  }

  return { files, stats: { programmes: made, documents: unique.size, issuers: issuers.length, citations } };
}
