export { tableCsv, toCsv, type Cell } from './csv';
export { studiesTable, armsTable, outcomesTable, questionsTable, tableBuilders, type Table, type Column } from './tables';
export { evidenceJsonSchema, EvidenceDocument, dataFileDefinitions } from './jsonSchema';
export { evidenceDocument } from './evidenceDocument';
export { dataDictionary, type DictionaryEntry, type DictionaryField } from './dataDictionary';
export { buildDownloads, downloadMakers, downloadManifest, EVIDENCE_FILE, SCHEMA_FILE, MANIFEST_FILE, type Download } from './downloads';
export { downloadBody, siteDownloads, type SiteDownload } from './siteDownloads';
export { bulkCitationFiles, citeItems, recordCitationText, takeCitationBody, type BulkCitationFile } from './citationFiles';
