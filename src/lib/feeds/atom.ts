/** Atom 1.0 (RFC 4287) feed text from plain records. */
import { escapeXml } from './xml';

export interface AtomEntry {
  /** A permanent, absolute IRI (the page URL). */
  id: string;
  title: string;
  /** Absolute URL of the page. */
  url: string;
  updated: Date;
  published?: Date;
  summary?: string;
  author?: string;
  categories?: readonly { term: string; label?: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  alternateUrl: string;
  author: string;
  /** Newest first. */
  entries: readonly AtomEntry[];
  /** When there are no entries. */
  fallbackUpdated: Date;
  lang?: string;
}

const rfc3339 = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const feedUpdated = feed.entries.length > 0 ? updated : feed.fallbackUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.lang ? ` xml:lang="${escapeXml(feed.lang)}"` : ''}>`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${rfc3339(feedUpdated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${rfc3339(e.updated)}</updated>`,
      ...(e.published ? [`    <published>${rfc3339(e.published)}</published>`] : []),
      ...(e.author ? [`    <author><name>${escapeXml(e.author)}</name></author>`] : []),
      ...(e.categories ?? []).map(
        (c) => `    <category term="${escapeXml(c.term)}"${c.label ? ` label="${escapeXml(c.label)}"` : ''}/>`,
      ),
      ...(e.summary ? [`    <summary>${escapeXml(e.summary)}</summary>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
