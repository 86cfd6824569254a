/**
 * Vite plugin: remove the `"use astro:head-inject"` directive from the
 * modules Astro generates for content entries (`<entry>?astroPropagatedAssets`,
 * `astro/dist/content/vite-plugin-content-assets.js`). Nothing reads that
 * directive (head propagation is decided from the `astroPropagatedAssets`
 * flag in the module id, `vite-plugin-head`), and Rolldown warns about every
 * module-level directive it cannot keep: a nine-line MODULE_LEVEL_DIRECTIVE
 * warning per programme, 58,000 lines of build log at 3,000 programmes.
 * Removing it where it is written is the cure; silencing the log would hide
 * other warnings.
 */
import type { Plugin } from 'vite';

const PROPAGATED = /[?&]astroPropagatedAssets(?:[&=]|$)/;
const DIRECTIVE = /^\s*["']use astro:head-inject["'];?[ \t]*$/m;

/** The module's code without the directive (unchanged when it has none). */
export function withoutHeadInjectDirective(code: string): string {
  return code.replace(DIRECTIVE, '');
}

export function headInjectDirective(): Plugin {
  return {
    name: 'van-kien:head-inject-directive',
    // After Astro's content-assets plugin has generated the module.
    enforce: 'post',
    transform: {
      filter: { id: PROPAGATED },
      handler(code) {
        const out = withoutHeadInjectDirective(code);
        return out === code ? undefined : { code: out, map: null };
      },
    },
  };
}
