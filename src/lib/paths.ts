/**
 * Every internal URL goes through here, so that the base path (BASE_PATH) is
 * applied once and in one way. `base` is Astro's `import.meta.env.BASE_URL`.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

export const routes = {
  home: (): string => '',
  programmes: (): string => 'chuong-trinh/',
  programme: (id: string): string => `chuong-trinh/${id}/`,
  /** The programmes of one issuer (page 1; later pages add `trang/<n>/`). */
  issuerProgrammes: (issuer: string): string => `chuong-trinh/co-quan/${issuer}/`,
  documents: (): string => 'van-ban/',
  document: (id: string): string => `van-ban/${id}/`,
  search: (): string => 'tim-kiem/',
  /** The page nginx answers 400 and 414 with (deploy/nginx.conf); not in the sitemap. */
  badRequest: (): string => 'loi-yeu-cau/',
} as const;
