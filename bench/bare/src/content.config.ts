import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// BENCH_CONTENT_DIR: the generated corpus's content folder (absolute).
const base = `${process.env.BENCH_CONTENT_DIR}/programmes`;

export const collections = { programmes: defineCollection({ loader: glob({ pattern: '**/*.mdx', base }) }) };
