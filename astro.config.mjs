// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import vanKien from './src/integrations/index.ts';
import { markdownProcessorName, siteSettings } from './src/lib/site-settings.ts';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/hosting/security.ts';

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
  },
  // vanKien() loads and validates the registry once, installs the programme
  // plugins (content guard, anchors, citation links, no-wrap spans) in the
  // Markdown processor, and adds the sitemap, the citation report and the search index
  // (src/integrations/index.ts).
  integrations: [
    mdx(),
    vanKien({
      contentDir,
      strictCitations: process.env.CITATIONS_STRICT === '1',
      // MARKDOWN_PROCESSOR=unified builds with remark instead of Sätteri (the default).
      processor: markdownProcessorName(process.env.MARKDOWN_PROCESSOR),
      // BUILD_TIMINGS=file.json: the build's phase timings (npm run bench).
      timingsFile: process.env.BUILD_TIMINGS,
    }),
  ],
});
