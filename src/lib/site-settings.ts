/**
 * Site URL and base path, read once from the environment.
 *
 * - `SITE_URL`: the absolute origin the site is served from (default
 *   `http://localhost:4321`).
 * - `BASE_PATH`: the path under that origin (default `/`), e.g. `/van-kien/`.
 * - `MARKDOWN_PROCESSOR`: `satteri` (default) or `unified` (`markdownProcessorName`).
 */
export interface SiteSettings {
  site: string;
  base: string;
}

export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (!/^[A-Za-z0-9/_.-]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH "${trimmed}" chỉ được chứa chữ không dấu, chữ số, "-", "_", "." và "/".`);
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const site = (env.SITE_URL ?? '').trim() || 'http://localhost:4321';
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL "${site}" không phải là địa chỉ hợp lệ (ví dụ: https://intranet.example).`);
  }
  return { site, base: normalizeBasePath(env.BASE_PATH) };
}

/**
 * The Markdown processors the site builds with; the first is the default.
 * Sätteri (Rust) is the faster one and publishes the same pages as unified
 * (`tests/unit/integrations/processors.test.ts`; `npm run bench` times both).
 */
export const MARKDOWN_PROCESSORS = ['satteri', 'unified'] as const;
export type MarkdownProcessorName = (typeof MARKDOWN_PROCESSORS)[number];

/** The processor named by `MARKDOWN_PROCESSOR` (unset: the default); an unknown name is an error. */
export function markdownProcessorName(value: string | undefined): MarkdownProcessorName {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return MARKDOWN_PROCESSORS[0];
  const known = MARKDOWN_PROCESSORS.find((p) => p === trimmed);
  if (!known) throw new Error(`MARKDOWN_PROCESSOR "${trimmed}" không hợp lệ: chọn một trong ${MARKDOWN_PROCESSORS.join(', ')}.`);
  return known;
}
