/**
 * What every file of the presentation pack says about where it comes from: the site, its version, the evidence
 * date and the permalink of the page it belongs to (absolute when SITE is set, else the site path: never an
 * invented address).
 */
export interface PackContext {
  siteTitle: string;
  version: string;
  /** meta.evidenceCurrentTo: the newest evidence included (YYYY, YYYY-MM or YYYY-MM-DD). */
  evidenceCurrentTo: string;
  /** meta.compiledOn (YYYY-MM-DD): written as the files' creation date, so two builds give the same bytes. */
  compiledOn: string;
  /** Permalink of the page the file belongs to (see lib/site/permalink.ts). */
  permalink: string;
}

/** "NELM Evidence, version 0.1.0, evidence current to 2020": the citation every slide footer and Word page carries. */
export const citationLine = (c: PackContext) => `${c.siteTitle}, version ${c.version}, evidence current to ${c.evidenceCurrentTo}`;

/** Citation and permalink on one line: the footer of every slide. */
export const footerLine = (c: PackContext) => `${citationLine(c)} · ${c.permalink}`;
