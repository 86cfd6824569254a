/** The interface text of the site, one module per area. */
export * from './content';
export * from './documents';
export * from './import';
export * from './search';
export * from './vi';
// The messages the search page writes while it searches: src/lib/search/messages.ts.
