// @ts-nocheck
import type { SiteEvidence } from '../site';
import type { EvidenceDocument } from './jsonSchema';

/** The whole evidence base as one JSON document, records in data/ order; nothing is added but the notes. */
export function evidenceDocument(ev: SiteEvidence, version: string): EvidenceDocument {
  return {
    version,
    meta: ev.meta,
    sources: ev.sources,
    studies: ev.studies,
    questions: ev.questions,
    topics: ev.topics,
    review: ev.review,
    recommendations: ev.recommendations,
    dataQualityNotes: ev.notes,
  };
}
