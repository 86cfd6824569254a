export { normalizeText, normalizeWithMap, foldForSearch, collapseSpaces, type NormalizedText } from './normalize';
export { slugify, parseHeadingNumber, sectionAnchor, paragraphAnchor, itemAnchor, type HeadingNumber } from './slug';
