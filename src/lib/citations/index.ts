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
export { citationsInBlock, collectSegments, createExcerpter, excerptAround, sentenceAround, type BlockCitation, type BlockCitations, type Excerpt, type TextSegment } from './blocks';
export {
  buildCitationIndex,
  citationReport,
  formatReportSummary,
  isRealMismatch,
  strictFailures,
  type ReportEntry,
  type CitationIndex,
  type CitationReport,
  type IndexedDocument,
  type Occurrence,
  type ProgrammeRecords,
} from './citation-index';
export { recordCitations, type CitationRecord } from './records';
