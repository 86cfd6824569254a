import { routes, withBase } from './paths';

/** Site-internal URL with Astro's base path applied. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export { routes };
