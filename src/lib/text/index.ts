export { normalizeText, normalizeWithMap, foldForSearch, collapseSpaces, type NormalizedText } from './normalize';
export { slugify, parseHeadingNumber, sectionAnchor, paragraphAnchor, type HeadingNumber } from './slug';
