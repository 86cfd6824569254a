/**
 * The site's security policy, in one place. `astro.config.mjs` gives these
 * directives to Astro's `security.csp` (which writes them into a
 * `<meta http-equiv="content-security-policy">` on every page, so that the
 * policy holds on any static server), and `deploy/nginx.conf` sends the same
 * policy as a response header (a unit test keeps the two equal).
 *
 * The site inlines no script and no style (Astro is told not to inline them,
 * see `build.inlineStylesheets` and `vite.build.assetsInlineLimit` in
 * `astro.config.mjs`), so no hash is needed: everything comes from 'self'.
 * Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' (which allows
 * WebAssembly compilation only, not `eval`).
 *
 * No import from Astro or Node: Node runs this file directly (scripts/).
 */

/** Directive names used here (a subset of those Astro's `security.csp.directives` accepts). */
export type DirectiveName =
  | 'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src' | 'manifest-src'
  | 'base-uri' | 'form-action' | 'object-src' | 'frame-ancestors';

/** One directive with its sources, e.g. `img-src 'self' data:`. */
export type Directive = `${DirectiveName} ${string}`;

/** Sources of `script-src`. */
export const SCRIPT_SOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/** Sources of `style-src`. */
export const STYLE_SOURCES: readonly string[] = ["'self'"];

/**
 * Every other directive. `frame-ancestors` only works as a header (browsers
 * ignore it, with a console error, in a `<meta>`), so it is kept apart.
 */
export const OTHER_DIRECTIVES: readonly Directive[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/** Directives that a `<meta>` element cannot carry. */
export const HEADER_ONLY_DIRECTIVES: readonly Directive[] = ["frame-ancestors 'none'"];

/** The full policy as sent in the `Content-Security-Policy` header. */
export function contentSecurityPolicy(): string {
  return [
    OTHER_DIRECTIVES[0] ?? "default-src 'self'",
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...OTHER_DIRECTIVES.slice(1),
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** The other response headers the server adds to every answer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Split a policy into directive name → sources, for comparisons in tests. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}
