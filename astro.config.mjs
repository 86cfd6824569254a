// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkProgrammeAnchors from './src/integrations/remark-programme-anchors.ts';
import { siteSettings } from './src/lib/site-settings.ts';

// Site URL and base path come from the environment (see README, "Triển khai"):
//   SITE_URL=https://intranet.example BASE_PATH=/van-kien/ npm run build
const { site, base } = siteSettings(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // Astro 7's default processor runs no remark plugins; ours need unified.
    // gfm is added explicitly as remark-gfm; smartypants is off so that the
    // official text is published exactly as written (no quote or dash rewriting).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkProgrammeAnchors],
    }),
  },
  integrations: [mdx()],
});
