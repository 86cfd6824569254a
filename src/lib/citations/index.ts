export { parseCitations, normalizeSymbol, type Citation } from './parse';
export {
  DOCUMENT_TYPES,
  documentTypeById,
  documentTypesByCode,
  documentTypeByWord,
  inferDocumentType,
  canonicalCode,
  knownCodes,
  foldCode,
  isDocumentTypeId,
  type DocumentTypeId,
  type DocumentTypeInfo,
  type CitationKind,
} from './types';
export { buildRegistry, symbolKey, documentYear, createdDocumentId, isLocalIssuerCode, type Registry, type RegistryDocument, type RegistryIssuer } from './registry';
export { resolveCitation, type CitingContext, type CreatedDocument, type Mismatch, type Resolution } from './resolve';
export { findNamedReferences, type NamedMatch } from './named';
export { citationsInBlock, collectSegments, excerptAround, sentenceAround, type BlockCitation, type BlockCitations, type Excerpt, type TextSegment } from './blocks';
export {
  buildCitationIndex,
  citationReport,
  formatReportSummary,
  isRealMismatch,
  strictFailures,
  type ReportEntry,
  blockKey,
  type CitationIndex,
  type CitationReport,
  type IndexedDocument,
  type Occurrence,
  type ProgrammeInput,
} from './citation-index';
