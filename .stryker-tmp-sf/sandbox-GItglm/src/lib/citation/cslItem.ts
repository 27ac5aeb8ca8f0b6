/** The subset of CSL-JSON (Citation Style Language 1.0.2) items this site writes. */
// @ts-nocheck

export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  /** BibTeX key and RIS ID; citation-js would otherwise invent one from author and title. */
  'citation-key': string;
  type: 'article-journal' | 'paper-conference' | 'review';
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: { 'date-parts': [[number]] };
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  /** What was verified and what was left out (see toCslItem). */
  note?: string;
}
