/** The interface text of the site, one module per area. */
export * from './content';
export * from './vi';
