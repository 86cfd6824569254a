// The bare pipeline of `npm run bench`: Astro with MDX and its defaults (the
// default Markdown processor, Sätteri), one minimal page per programme, no
// integration of ours. Pagefind's CLI indexes it afterwards.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
