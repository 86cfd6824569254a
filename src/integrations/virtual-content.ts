/**
 * A Vite plugin that hands the registry content, loaded and validated once by
 * the integration, to the pages: `import { issuers, resolutions } from
 * 'virtual:van-kien/content'`. Dates survive the trip (JSON with a marker).
 */
import type { Plugin } from 'vite';
import type { RegistryContent } from '../lib/content/load';

export const VIRTUAL_CONTENT_ID = 'virtual:van-kien/content';
const RESOLVED_ID = `\0${VIRTUAL_CONTENT_ID}`;
const DATE_MARK = '$date';

/** JSON of the content, with every Date written as `{ "$date": "…" }`. */
export function serializeContent(content: RegistryContent): string {
  return JSON.stringify(content, function replacer(this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_MARK]: raw.toISOString() } : value;
  });
}

/** The inverse of `serializeContent`. */
export function reviveContent(json: string): RegistryContent {
  return JSON.parse(json, (_key, value: unknown) => {
    if (value && typeof value === 'object' && DATE_MARK in value && Object.keys(value).length === 1) {
      return new Date((value as Record<string, string>)[DATE_MARK]!);
    }
    return value;
  }) as RegistryContent;
}

export function virtualContent(content: RegistryContent): Plugin {
  const json = serializeContent(content);
  return {
    name: 'van-kien:content',
    resolveId(id) {
      return id === VIRTUAL_CONTENT_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The reviver of `reviveContent`, inlined: the module must not import this file.
      return [
        `const content = JSON.parse(${JSON.stringify(json)}, (_key, value) =>`,
        `  value && typeof value === 'object' && ${JSON.stringify(DATE_MARK)} in value && Object.keys(value).length === 1 ? new Date(value[${JSON.stringify(DATE_MARK)}]) : value);`,
        'export const issuers = content.issuers;',
        'export const resolutions = content.resolutions;',
      ].join('\n');
    },
  };
}
