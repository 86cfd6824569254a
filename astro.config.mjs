// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkContentGuard from './src/integrations/remark-content-guard.ts';
import remarkProgrammeAnchors from './src/integrations/remark-programme-anchors.ts';
import remarkCitationLinks from './src/integrations/remark-citation-links.ts';
import citationReport from './src/integrations/citation-report.ts';
import { siteSettings } from './src/lib/site-settings.ts';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/hosting/security.ts';
import sitemap from './src/integrations/sitemap.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// Site URL and base path come from the environment (see README, "Triển khai"):
//   SITE_URL=https://intranet.example BASE_PATH=/van-kien/ npm run build
const { site, base } = siteSettings(process.env);
const contentDir = process.env.CONTENT_DIR ?? './content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // No inline <style> or <script>: every style and script is a file from
  // 'self', so the Content-Security-Policy needs no hash or 'unsafe-inline'
  // (src/lib/hosting/security.ts; deploy/nginx.conf sends the same policy).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    csp: {
      directives: [...OTHER_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  devToolbar: { enabled: false },
  markdown: {
    // Programmes have no code blocks; Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // Astro 7's default processor runs no remark plugins; ours need unified.
    // gfm is added explicitly as remark-gfm; smartypants is off so that the
    // official text is published exactly as written (no quote or dash rewriting).
    processor: unified({
      gfm: false,
      smartypants: false,
      // remarkContentGuard first: a body that is not plain text fails before anything compiles.
      remarkPlugins: [remarkGfm, remarkContentGuard, remarkProgrammeAnchors, [remarkCitationLinks, { base, contentDir: contentDir }]],
    }),
  },
  // pagefindIndex() indexes the built pages for search (astro:build:done; src/integrations/pagefind.ts).
  integrations: [mdx(), sitemap(), citationReport({ strict: process.env.CITATIONS_STRICT === '1' }), pagefindIndex()],
});
