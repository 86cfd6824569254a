/**
 * html-validate configuration for the built pages (`npm run check:html`,
 * scripts/check-html.ts). All recommended rules plus the "document" preset
 * (doctype, lang, title …); each rule relaxed below says why.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Page titles are official document names ("Quy hoạch tỉnh Hậu Giang thời
    // kỳ 2021 - 2030, tầm nhìn đến năm 2050 – …"), which we may not shorten.
    // The 70-character limit is a search-engine heuristic; the site is on an
    // intranet that search engines do not index.
    'long-title': 'off',
    // SRI protects files fetched from another origin (a CDN). Every script and
    // stylesheet here comes from the site itself (the CSP allows only 'self'),
    // where an attacker who could change the file could change its hash too.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});
