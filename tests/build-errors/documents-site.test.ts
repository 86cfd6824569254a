/**
 * The documents fixture (tests/fixtures/documents/content) built as a whole
 * site, at the root and under the base path /van-kien/: a replaced document,
 * a relation chain (hướng dẫn → quy định → nghị quyết), a document with its
 * full text (content/resolutions/<id>.mdx) and its original file (a PDF under
 * content/sources/), and an annual programme on the site that its quarterly
 * programmes cite by name. The built HTML is read with hast-util-from-html.
 * The root build runs with each Markdown processor.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareContentSite, removeSite, runBuild } from './harness';
import { MARKDOWN_PROCESSORS } from '../../src/lib/site-settings';

const FIXTURE = 'tests/fixtures/documents/content';
const PDF = resolve(import.meta.dirname, '../..', FIXTURE, 'sources/qd-25-tu-hau-giang-2024.pdf');

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) removeSite(root);
});

function all(node: Nodes, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) out.push(node);
  if (node.type === 'element' || node.type === 'root') for (const child of node.children) all(child, test, out);
  return out;
}
function one(node: Nodes, test: (el: Element) => boolean): Element {
  const found = all(node, test)[0];
  if (!found) throw new Error('element not found');
  return found;
}
const has = (prop: string) => (el: Element) => el.properties[prop] !== undefined && el.properties[prop] !== false;
const is = (prop: string, value: string) => (el: Element) => el.properties[prop] === value;
const links = (node: Nodes) => all(node, (el) => el.tagName === 'a').map((a) => ({ href: String(a.properties.href), text: toText(a) }));

/** The element and its ancestors, innermost first. */
function ancestors(root: Root, target: Element): Element[] {
  const path: Element[] = [];
  const walk = (node: Nodes, trail: Element[]): boolean => {
    if (node === target) {
      path.push(...trail.reverse());
      return true;
    }
    if (node.type !== 'element' && node.type !== 'root') return false;
    const next = node.type === 'element' ? [...trail, node] : trail;
    return node.children.some((c) => walk(c, next));
  };
  walk(root, []);
  return path;
}

async function build(name: string, env: Record<string, string> = {}): Promise<string> {
  const root = prepareContentSite(name, FIXTURE);
  roots.push(root);
  const run = await runBuild(root, env);
  expect(run.code, run.output).toBe(0);
  return join(root, 'dist');
}

// Each Markdown processor (MARKDOWN_PROCESSOR) publishes the same pages.
describe.each(MARKDOWN_PROCESSORS)('the documents fixture, built at the root (%s)', (processor) => {
  let dist: string;
  const page = (path: string): Root => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  beforeAll(async () => {
    dist = await build(`documents-${processor}`, { MARKDOWN_PROCESSOR: processor });
  });

  it('renders the full text with its own anchors and citation links, inside the searchable body', () => {
    const tree = page('van-ban/qd-25-tu-hau-giang-2024');
    const section = one(tree, has('dataFullText'));
    expect(toText(one(section, (el) => el.tagName === 'h2'))).toBe('Toàn văn');
    const body = one(section, (el) => Array.isArray(el.properties.className) && el.properties.className.includes('full-text__body'));
    const headings = all(body, (el) => el.tagName === 'h2').map((h) => [h.properties.id, toText(h)]);
    expect(headings).toEqual([
      ['muc-chuong-i-quy-dinh-chung', 'Chương I. QUY ĐỊNH CHUNG'],
      ['muc-chuong-ii-to-chuc-thuc-hien', 'Chương II. TỔ CHỨC THỰC HIỆN'],
    ]);
    // Every paragraph and list item has an id (where search results and deep links land).
    expect(all(body, (el) => el.tagName === 'p' || el.tagName === 'li').every((el) => typeof el.properties.id === 'string')).toBe(true);
    // The text as written, citations linked to their documents.
    expect(toText(body)).toContain('thay thế Quy định số 10-QĐ/TU ngày 02/3/2020 của Ban Thường vụ Tỉnh ủy.');
    const cites = all(body, has('dataCite')).map((a) => [a.properties.dataCite, a.properties.href]);
    expect(cites).toEqual([
      ['qd-10-tu-hau-giang-2020', '/van-ban/qd-10-tu-hau-giang-2020/'],
      ['nq-07-tu-hau-giang-2022', '/van-ban/nq-07-tu-hau-giang-2022/'],
      ['nq-20-tw-2022', '/van-ban/nq-20-tw-2022/'],
      ['qd-10-tu-hau-giang-2020', '/van-ban/qd-10-tu-hau-giang-2020/'],
    ]);
    // Symbols and dates hold on one line, as in a programme.
    expect(all(body, (el) => Array.isArray(el.properties.className) && el.properties.className.includes('nowrap')).map((el) => toText(el))).toContain('02/3/2020');
    // Search: the text is in the page's data-pagefind-body and not under data-pagefind-ignore.
    const chain = ancestors(tree, body);
    expect(chain.some(has('dataPagefindBody'))).toBe(true);
    expect(chain.some(has('dataPagefindIgnore'))).toBe(false);
    // The index holds the page with the full text's sections and paragraphs as sub-result targets.
    const fragments = readdirSync(join(dist, 'pagefind/fragment')).map((f) => {
      const raw = gunzipSync(readFileSync(join(dist, 'pagefind/fragment', f))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; anchors?: { id: string }[] };
    });
    const indexed = fragments.find((f) => f.url === '/van-ban/qd-25-tu-hau-giang-2024/');
    expect(indexed?.anchors?.map((a) => a.id)).toEqual(
      expect.arrayContaining(['muc-chuong-i-quy-dinh-chung', 'muc-chuong-i-quy-dinh-chung-doan-2', 'muc-chuong-ii-to-chuc-thuc-hien-doan-2']),
    );
  });

  it('publishes the full text exactly as written: every line of its body, character for character', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../..', FIXTURE, 'resolutions/qd-25-tu-hau-giang-2024.mdx'), 'utf8');
    const lines = source
      .replace(/^---\n[\s\S]*?\n---\n/u, '')
      .split('\n')
      .map((l) => l.replace(/^(?:#+|\d+\.)\s+/u, ''))
      .filter((l) => l.trim() !== '');
    const body = one(one(page('van-ban/qd-25-tu-hau-giang-2024'), has('dataFullText')), (el) => Array.isArray(el.properties.className) && el.properties.className.includes('full-text__body'));
    const blocks = all(body, (el) => ['p', 'li', 'h2', 'h3'].includes(el.tagName)).map((el) => toText(el));
    expect(blocks).toEqual(lines);
  });

  it('offers the original file for download, copied byte for byte under an ASCII name', () => {
    const tree = page('van-ban/qd-25-tu-hau-giang-2024');
    const p = one(tree, has('dataOriginalDownload'));
    const a = one(p, (el) => el.tagName === 'a');
    expect(a.properties.href).toBe('/ban-goc/qd-25-tu-hau-giang-2024.pdf');
    expect(a.properties.download).toBe('qd-25-tu-hau-giang-2024.pdf');
    expect(toText(p)).toBe(`Tải bản gốc (PDF, ${statSync(PDF).size} B)`);
    expect(readFileSync(join(dist, 'ban-goc/qd-25-tu-hau-giang-2024.pdf')).equals(readFileSync(PDF))).toBe(true);
    // Documents without an original offer none.
    expect(all(page('van-ban/qd-10-tu-hau-giang-2020'), has('dataOriginalDownload'))).toEqual([]);
  });

  it('exports the full text, the original file and the programme in /du-lieu/van-ban.json', () => {
    const json = JSON.parse(readFileSync(join(dist, 'du-lieu/van-ban.json'), 'utf8')) as { items: { id: string; fullText: boolean; original: unknown; programmeUrl: string | null; citedByTexts: number }[] };
    const byId = new Map(json.items.map((i) => [i.id, i]));
    expect(byId.get('qd-25-tu-hau-giang-2024')).toMatchObject({ fullText: true, original: { url: 'http://localhost:4321/ban-goc/qd-25-tu-hau-giang-2024.pdf', format: 'PDF', bytes: statSync(PDF).size } });
    expect(byId.get('qd-10-tu-hau-giang-2020')).toMatchObject({ fullText: false, original: null, citedByTexts: 2 });
    expect(byId.get('ctr-cong-tac-2025-tu-hau-giang')?.programmeUrl).toBe('http://localhost:4321/chuong-trinh/tinh-uy-hau-giang/2025/');
  });

  it('shows the replaced document with its status, the relation from both ends, and the full text citing it', () => {
    const tree = page('van-ban/qd-10-tu-hau-giang-2020');
    expect(one(tree, has('dataStatus')).properties.dataStatus).toBe('het-hieu-luc');
    expect(all(tree, has('dataRelation')).map((el) => el.properties.dataRelation)).toEqual(['thay-the:inverse:qd-25-tu-hau-giang-2024']);
    const group = one(one(tree, has('dataCitedByTexts')), is('dataCitingDocument', 'qd-25-tu-hau-giang-2024'));
    expect(links(group).map((l) => l.href)).toEqual([
      '/van-ban/qd-25-tu-hau-giang-2024/',
      '/van-ban/qd-25-tu-hau-giang-2024/#muc-chuong-i-quy-dinh-chung-doan-2',
      '/van-ban/qd-25-tu-hau-giang-2024/#muc-chuong-ii-to-chuc-thuc-hien-doan-2',
    ]);
    // Not counted as a programme citing it.
    expect(all(tree, has('dataCitingProgramme'))).toEqual([]);
    // The deep links land on ids of the citing page.
    const citing = page('van-ban/qd-25-tu-hau-giang-2024');
    expect(all(citing, (el) => el.properties.id === 'muc-chuong-ii-to-chuc-thuc-hien-doan-2')).toHaveLength(1);
  });

  it('renders the relation chain hướng dẫn → quy định → nghị quyết, with the diagram linking each step', () => {
    const qd = page('van-ban/qd-25-tu-hau-giang-2024');
    expect(all(qd, has('dataRelation')).map((el) => el.properties.dataRelation)).toEqual([
      'thuc-hien:forward:nq-07-tu-hau-giang-2022',
      'huong-dan:inverse:hd-05-tu-hau-giang-2024',
      'thay-the:forward:qd-10-tu-hau-giang-2020',
    ]);
    const svgLinks = all(one(qd, (el) => el.tagName === 'svg'), (el) => el.tagName === 'a').map((a) => String(a.properties.href));
    expect(svgLinks).toEqual(expect.arrayContaining(['/van-ban/hd-05-tu-hau-giang-2024/', '/van-ban/nq-07-tu-hau-giang-2022/', '/van-ban/qd-10-tu-hau-giang-2020/']));
    expect(all(page('van-ban/hd-05-tu-hau-giang-2024'), has('dataRelation')).map((el) => el.properties.dataRelation)).toEqual(['huong-dan:forward:qd-25-tu-hau-giang-2024']);
    expect(all(page('van-ban/nq-07-tu-hau-giang-2022'), has('dataRelation')).map((el) => el.properties.dataRelation)).toContain('thuc-hien:inverse:qd-25-tu-hau-giang-2024');
    // A relation a full text states (07-NQ/TU … thực hiện 20-NQ/TW) is a suggestion, linked to the paragraph it was read in.
    const nq20 = one(page('van-ban/nq-20-tw-2022'), is('dataRelation', 'thuc-hien:inverse:nq-07-tu-hau-giang-2022'));
    expect(nq20.properties.dataRelationOrigin).toBe('text');
    expect(links(nq20).map((l) => l.href)).toContain('/van-ban/qd-25-tu-hau-giang-2024/#muc-chuong-i-quy-dinh-chung-y-1');
  });

  it('links "Căn cứ Chương trình công tác năm 2025" to the annual programme, which lists the programmes implementing it', () => {
    const q1 = page('chuong-trinh/tinh-uy-hau-giang/2025-quy-i');
    const named = one(q1, is('dataCite', 'ctr-cong-tac-2025-tu-hau-giang'));
    expect([toText(named), named.properties.href]).toEqual(['Chương trình công tác năm 2025', '/chuong-trinh/tinh-uy-hau-giang/2025/']);
    const annual = page('chuong-trinh/tinh-uy-hau-giang/2025');
    const section = one(annual, has('dataImplementing'));
    expect(toText(one(section, (el) => el.tagName === 'h2'))).toBe('Các chương trình triển khai thực hiện Chương trình này (2)');
    // Newest first: quý II cites it by name only, quý I names it as parent and cites it.
    expect(all(section, has('dataImplementingProgramme')).map((el) => el.properties.dataImplementingProgramme)).toEqual([
      'tinh-uy-hau-giang/2025-quy-ii',
      'tinh-uy-hau-giang/2025-quy-i',
    ]);
    expect(links(section).map((l) => l.href)).toContain('/chuong-trinh/tinh-uy-hau-giang/2025-quy-i/#mo-dau-doan-1');
    // The registry record says where the programme is.
    const record = page('van-ban/ctr-cong-tac-2025-tu-hau-giang');
    expect(one(record, has('dataDocumentProgramme')).properties.dataDocumentProgramme).toBe('tinh-uy-hau-giang/2025');
  });
});

describe('the documents fixture, built under the base path /van-kien/', () => {
  it('links the original file, the full text citations and the annual programme with the base path', async () => {
    const dist = await build('documents-base', { BASE_PATH: '/van-kien/' });
    const page = (path: string): Root => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
    const qd = page('van-ban/qd-25-tu-hau-giang-2024');
    expect(one(one(qd, has('dataOriginalDownload')), (el) => el.tagName === 'a').properties.href).toBe('/van-kien/ban-goc/qd-25-tu-hau-giang-2024.pdf');
    expect(existsSync(join(dist, 'ban-goc/qd-25-tu-hau-giang-2024.pdf'))).toBe(true);
    expect(one(one(qd, has('dataFullText')), is('dataCite', 'qd-10-tu-hau-giang-2020')).properties.href).toBe('/van-kien/van-ban/qd-10-tu-hau-giang-2020/');
    const q1 = page('chuong-trinh/tinh-uy-hau-giang/2025-quy-i');
    expect(one(q1, is('dataCite', 'ctr-cong-tac-2025-tu-hau-giang')).properties.href).toBe('/van-kien/chuong-trinh/tinh-uy-hau-giang/2025/');
  });
});
