export type { CslItem, CslName } from './cslItem';
export { parseAuthor, parseAuthors } from './parseAuthors';
export { toCslItem, verificationNote, hasPrintableReference } from './toCslItem';
export { formatCitation, type CitationFormat, type ReferenceStyle } from './formatCitation';
export { bulkCitationText, bulkCiteFileName, citeDataUrl, citeFileName, citeFiles, citeSlug, type CiteFile, type CiteKind } from './citeFiles';
export { formatReferencesAhead, type ReferenceTexts } from './referenceWorker';
