/**
 * What mammoth does not see in a .docx, read from its XML (JSZip to open the
 * package, @xmldom/xmldom to read and write the parts) before mammoth
 * converts it:
 *
 * - Word's automatic numbering: every numbered paragraph gets its number
 *   ("I.", "1.", "1.1.", computed by src/lib/import/numbering.ts) written at
 *   the start of its text, and its numbering removed, so the number reaches
 *   the text exactly as Word shows it. Bulleted paragraphs stay lists.
 * - Old Vietnamese encodings: runs whose font is a TCVN3 (`.VnTime`, `.VnTimeH`
 *   …) or VNI (`VNI-Times` …) font, directly or through their style, are
 *   converted to Unicode in place (src/lib/text/legacy-encodings.ts).
 * - What the importer must report rather than drop: empty paragraphs, page
 *   breaks, comments (with their text), tracked changes, footnotes.
 *
 * The result is a new .docx (a Buffer) for mammoth, and the findings.
 */
import JSZip from 'jszip';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { encodingOfFont, legacyToUnicode, type LegacyEncoding } from '../text/legacy-encodings';
import { NumberingCounter, isNumbered, type NumberingDefinitions, type NumberingLevel } from './numbering';

/** xmldom implements the DOM interfaces (its types are the DOM library's). */
type XmlDocument = Document;
type XmlElement = Element;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type DocxEventKind = 'empty-paragraph' | 'page-break' | 'comment' | 'insertion' | 'deletion' | 'footnote' | 'endnote' | 'image' | 'internal-link';

export interface DocxEvent {
  kind: DocxEventKind;
  /** Text of the paragraph it is in (or, for an empty paragraph, of the paragraph before). */
  near: string;
  /** Comment text, for comments. */
  detail?: string;
}

export interface LegacyRun {
  encoding: LegacyEncoding;
  font: string;
  /** The text as converted. */
  text: string;
}

export interface PreparedDocx {
  buffer: Buffer;
  events: DocxEvent[];
  legacy: LegacyRun[];
  /** Paragraphs whose number was reconstructed, with the number. */
  numbered: { label: string; text: string }[];
}

interface StyleInfo {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  font?: string;
}

function children(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).nodeName === name) out.push(n as XmlElement);
  }
  return out;
}

function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? children(el, name)[0] : undefined;
}

function attr(el: XmlElement | undefined, name: string): string | undefined {
  const value = el?.getAttribute(name);
  return value === null || value === undefined || value === '' ? undefined : value;
}

function all(root: XmlDocument | XmlElement, name: string): XmlElement[] {
  return Array.from(root.getElementsByTagName(name));
}

function hasAncestor(el: XmlElement, names: readonly string[]): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if (names.includes(p.nodeName)) return true;
  return false;
}

function fontOf(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, 'w:rFonts');
  return attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi') ?? attr(fonts, 'w:cs');
}

function readStyles(doc: XmlDocument | undefined): { styles: Map<string, StyleInfo>; defaultFont: string | undefined } {
  const styles = new Map<string, StyleInfo>();
  if (!doc) return { styles, defaultFont: undefined };
  for (const style of all(doc, 'w:style')) {
    const id = attr(style, 'w:styleId');
    if (!id) continue;
    const numPr = child(child(style, 'w:pPr'), 'w:numPr');
    const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val');
    styles.set(id, {
      basedOn: attr(child(style, 'w:basedOn'), 'w:val'),
      numId: attr(child(numPr, 'w:numId'), 'w:val'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      font: fontOf(child(style, 'w:rPr')),
    });
  }
  const defaults = all(doc, 'w:rPrDefault')[0];
  return { styles, defaultFont: fontOf(child(defaults, 'w:rPr')) };
}

/** A style's property, following `basedOn` (at most a few steps; cycles stop). */
function inherited<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K): StyleInfo[K] | undefined {
  const seen = new Set<string>();
  for (let current = id; current && !seen.has(current); current = styles.get(current)?.basedOn) {
    seen.add(current);
    const value = styles.get(current)?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

export function readNumberingDefinitions(doc: XmlDocument | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstract: new Map(), instances: new Map() };
  if (!doc) return defs;
  for (const abs of all(doc, 'w:abstractNum')) {
    const id = attr(abs, 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, NumberingLevel>();
    for (const lvl of children(abs, 'w:lvl')) {
      const ilvl = Number(attr(lvl, 'w:ilvl') ?? '0');
      levels.set(ilvl, {
        format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
        text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
        start: Number(attr(child(lvl, 'w:start'), 'w:val') ?? '1'),
        legal: child(lvl, 'w:isLgl') !== undefined,
      });
    }
    defs.abstract.set(id, levels);
  }
  for (const num of all(doc, 'w:num')) {
    const numId = attr(num, 'w:numId');
    const abstractId = attr(child(num, 'w:abstractNumId'), 'w:val');
    if (numId === undefined || abstractId === undefined) continue;
    const startOverrides = new Map<number, number>();
    for (const override of children(num, 'w:lvlOverride')) {
      const start = attr(child(override, 'w:startOverride'), 'w:val');
      if (start !== undefined) startOverrides.set(Number(attr(override, 'w:ilvl') ?? '0'), Number(start));
    }
    defs.instances.set(numId, { abstractId, startOverrides });
  }
  return defs;
}

/** The visible text of a paragraph (w:t, tabs as spaces). */
function paragraphText(p: XmlElement): string {
  let text = '';
  for (const t of all(p, 'w:t')) text += t.textContent ?? '';
  return text.replace(/\s+/gu, ' ').trim();
}

const NEAR_MAX = 60;
function shorten(text: string): string {
  return text.length > NEAR_MAX ? `${text.slice(0, NEAR_MAX - 1)}…` : text;
}

/** Convert the runs of a part whose font is a legacy one; returns what was converted. */
function convertLegacyRuns(doc: XmlDocument, styles: Map<string, StyleInfo>, defaultFont: string | undefined): LegacyRun[] {
  const found: LegacyRun[] = [];
  for (const p of all(doc, 'w:p')) {
    const pStyle = attr(child(child(p, 'w:pPr'), 'w:pStyle'), 'w:val');
    const paragraphFont = fontOf(child(child(p, 'w:pPr'), 'w:rPr'));
    for (const r of all(p, 'w:r')) {
      const rPr = child(r, 'w:rPr');
      const rStyle = attr(child(rPr, 'w:rStyle'), 'w:val');
      const font = fontOf(rPr) ?? inherited(styles, rStyle, 'font') ?? inherited(styles, pStyle, 'font') ?? paragraphFont ?? defaultFont;
      const encoding = encodingOfFont(font);
      if (!encoding || !font) continue;
      let converted = '';
      for (const t of children(r, 'w:t')) {
        const text = legacyToUnicode(t.textContent ?? '', encoding.encoding, { capitals: encoding.capitals });
        t.textContent = text;
        converted += text;
      }
      if (converted) found.push({ encoding: encoding.encoding, font, text: converted });
    }
  }
  return found;
}

async function readXml(zip: JSZip, path: string): Promise<XmlDocument | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  return new DOMParser().parseFromString(await file.async('string'), 'text/xml');
}

export async function prepareDocx(input: Buffer | Uint8Array): Promise<PreparedDocx> {
  const zip = await JSZip.loadAsync(input);
  const document = await readXml(zip, 'word/document.xml');
  if (!document) throw new Error('word/document.xml missing: not a Word document');
  const { styles, defaultFont } = readStyles(await readXml(zip, 'word/styles.xml'));
  const counter = new NumberingCounter(readNumberingDefinitions(await readXml(zip, 'word/numbering.xml')));
  const commentsDoc = await readXml(zip, 'word/comments.xml');
  const comments = new Map<string, string>();
  if (commentsDoc) {
    for (const c of all(commentsDoc, 'w:comment')) comments.set(attr(c, 'w:id') ?? '', paragraphText(c));
  }

  const legacy = convertLegacyRuns(document, styles, defaultFont);
  const events: DocxEvent[] = [];
  const numbered: PreparedDocx['numbered'] = [];
  let previousText = '';

  for (const p of all(document, 'w:p')) {
    // mammoth reads the fallback of alternate content (text boxes): count those paragraphs once.
    if (hasAncestor(p, ['mc:Choice'])) continue;
    const pPr = child(p, 'w:pPr');
    const pStyle = attr(child(pPr, 'w:pStyle'), 'w:val');
    const numPr = child(pPr, 'w:numPr');
    const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? inherited(styles, pStyle, 'numId');
    const ilvlRaw = attr(child(numPr, 'w:ilvl'), 'w:val');
    const ilvl = ilvlRaw !== undefined ? Number(ilvlRaw) : (inherited(styles, pStyle, 'ilvl') ?? 0);
    const text = paragraphText(p);

    if (numId !== undefined && numId !== '0' && isNumbered(counter.level(numId, ilvl))) {
      const label = counter.next(numId, ilvl);
      if (label) {
        const run = document.createElementNS(W, 'w:r');
        const t = document.createElementNS(W, 'w:t');
        t.setAttribute('xml:space', 'preserve');
        t.textContent = `${label} `;
        run.appendChild(t);
        const anchor = pPr ? pPr.nextSibling : p.firstChild;
        p.insertBefore(run, anchor);
        numbered.push({ label, text: shorten(text) });
      }
      // Numbering off, so mammoth neither makes a list nor numbers it again.
      const off = document.createElementNS(W, 'w:numPr');
      const offLevel = document.createElementNS(W, 'w:ilvl');
      offLevel.setAttribute('w:val', '0');
      const offId = document.createElementNS(W, 'w:numId');
      offId.setAttribute('w:val', '0');
      off.appendChild(offLevel);
      off.appendChild(offId);
      let properties = pPr;
      if (!properties) {
        properties = document.createElementNS(W, 'w:pPr');
        p.insertBefore(properties, p.firstChild);
      }
      if (numPr) properties.replaceChild(off, numPr);
      else properties.appendChild(off);
    }

    const inBody = p.parentNode?.nodeName === 'w:body';
    const hasContent = text !== '' || all(p, 'w:drawing').length > 0 || all(p, 'w:pict').length > 0 || all(p, 'w:footnoteReference').length > 0;
    if (inBody && !hasContent) events.push({ kind: 'empty-paragraph', near: shorten(previousText) });
    const near = shorten(text || previousText);
    if (child(pPr, 'w:pageBreakBefore')) events.push({ kind: 'page-break', near });
    for (const br of all(p, 'w:br')) if (attr(br, 'w:type') === 'page') events.push({ kind: 'page-break', near });
    for (const ref of all(p, 'w:commentReference')) {
      events.push({ kind: 'comment', near, detail: comments.get(attr(ref, 'w:id') ?? '') ?? '' });
    }
    for (let i = 0; i < all(p, 'w:ins').length; i += 1) events.push({ kind: 'insertion', near });
    for (let i = 0; i < all(p, 'w:del').length; i += 1) {
      if (all(p, 'w:del')[i]?.parentNode?.nodeName !== 'w:rPr') events.push({ kind: 'deletion', near });
    }
    for (let i = 0; i < all(p, 'w:footnoteReference').length; i += 1) events.push({ kind: 'footnote', near });
    for (let i = 0; i < all(p, 'w:endnoteReference').length; i += 1) events.push({ kind: 'endnote', near });
    if (text) previousText = text;
  }

  zip.file('word/document.xml', new XMLSerializer().serializeToString(document));
  for (const part of ['word/footnotes.xml', 'word/endnotes.xml']) {
    const doc = await readXml(zip, part);
    if (!doc) continue;
    const found = convertLegacyRuns(doc, styles, defaultFont);
    if (found.length > 0) {
      legacy.push(...found);
      zip.file(part, new XMLSerializer().serializeToString(doc));
    }
  }
  const buffer = await zip.generateAsync({ type: 'nodebuffer' });
  return { buffer, events, legacy, numbered };
}
