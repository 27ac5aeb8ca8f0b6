import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
// plugin-csl registers the citeproc engine with the official APA and Vancouver styles (Zotero style
// repository, CC BY-SA 3.0), so both are formatted by the CSL processor, not by hand.
import '@citation-js/plugin-csl';
import type { CslItem } from './cslItem';

// Our ids are slugs ("saxena-2012"), legal BibTeX keys; citation-js would otherwise strip the hyphen
// and derive a key from author, year and title, which changes whenever a field is verified.
plugins.config.get('@bibtex').format.checkLabel = false;

/** RIS by citation-js's own field mapping, one line per tag: its text output wraps values at 70
 * characters, and readers (citation-js included) rejoin the pieces with a space, corrupting words. */
function risText(cite: Cite): string {
  const entries = cite.format('ris', { format: 'object' }) as unknown as Array<Record<string, string | string[]>>;
  return entries
    .map((entry) => {
      const lines = [`TY  - ${String(entry.TY)}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag !== 'TY') for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v)}`);
      }
      return [...lines, 'ER  - ', ''].join('\n');
    })
    .join('\n');
}

/** Formats a record is offered in: three files for reference managers, two printed styles. */
export type CitationFormat = 'bibtex' | 'ris' | 'csl-json' | 'vancouver' | 'apa';

/** The printed styles, and how citeproc is asked for them (also by the build's worker: referenceWorker.ts). */
export type ReferenceStyle = 'vancouver' | 'apa';
export const referenceOptions = (style: ReferenceStyle) => ({ format: 'text', template: style, lang: 'en-US', nosort: true }) as const;
/** The bibliography comes back as "1.  Author..." (Vancouver numbers its list): keep the reference only. */
export const referenceOnly = (bibliography: string) => bibliography.trim().replace(/^1\.\s+/, '');

/**
 * Forgets the records an engine has formatted, after each one. citation-js keeps one citeproc engine per style,
 * and citeproc adds every record it formats to the engine's `tmp.taintedItemIDs`, which it empties only when it
 * formats citation clusters (this site never asks for one); its registry walks that set twice for every record
 * (citation-js's reset of the engine, then the sort), so each record cost more than the last: 6.6 ms a record by
 * the 9,000th instead of 3.5 (issue 13). The engine's output does not depend on the set (0 of the 1000x base's
 * 9,002 references differ); `nosort` above skips sorting a bibliography of one record. The worker
 * (referenceWorker.ts) runs this same function.
 */
export const forgetFormatted = (engines: Record<string, { tmp: { taintedItemIDs: object } }>, style: string, engineOf: () => { tmp: { taintedItemIDs: object } }) => {
  (engines[style] ??= engineOf()).tmp.taintedItemIDs = {};
};
const engines: Record<string, { tmp: { taintedItemIDs: object } }> = {};

/**
 * Recent results by record and format. The same few records (the five sources, credited on every figure file
 * and slide) are formatted again and again; citeproc takes milliseconds each time. Bounded, since each study
 * is formatted once and need not be kept.
 */
const recent = new Map<string, string>();
const RECENT_MAX = 500;

/** One record in one format, as plain text; deterministic (no dates, no generated keys). */
export function formatCitation(item: CslItem, format: CitationFormat): string {
  const key = `${format}\n${JSON.stringify(item)}`;
  let text = recent.get(key);
  if (text === undefined) {
    text = formatOnce(item, format);
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(key, text);
  }
  return text;
}

function formatOnce(item: CslItem, format: CitationFormat): string {
  const cite = new Cite([item]);
  switch (format) {
    case 'bibtex':
      return cite.format('bibtex', { format: 'text' });
    case 'ris':
      return risText(cite);
    case 'csl-json':
      return `${JSON.stringify([item], null, 2)}\n`;
    case 'vancouver':
    case 'apa': {
      const options = referenceOptions(format);
      const text = referenceOnly(cite.format('bibliography', options));
      forgetFormatted(engines, format, () => plugins.config.get('@csl').engine([], options.template, options.lang, options.format));
      return text;
    }
  }
}
