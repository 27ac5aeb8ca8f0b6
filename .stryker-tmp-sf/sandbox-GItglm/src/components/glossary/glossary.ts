// @ts-nocheck
import entries from '../../../content/glossary.json';

/** One abbreviation of the glossary. */
export interface GlossaryEntry {
  term: string;
  expansion: string;
  definition: string;
  /** Fragment id on /glossary/, e.g. "os", "68ga-dota-tate". */
  id: string;
}

export const glossaryId = (term: string): string => term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const glossary: GlossaryEntry[] = entries.map((e) => ({ ...e, id: glossaryId(e.term) })).sort((a, b) => a.term.localeCompare(b.term, 'en'));

const byTerm = new Map(glossary.map((e) => [e.term, e]));

export function glossaryEntry(term: string): GlossaryEntry {
  const e = byTerm.get(term);
  if (!e) throw new Error(`"${term}" is not in content/glossary.json: add it there first`);
  return e;
}

// Longest terms first so "GEP-NET" wins over "NET"; a term must stand alone (not inside a longer word or id).
const pattern = new RegExp(
  `(?<![\\w-])(${[...byTerm.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\w-])`,
  'g',
);

/** Split plain text into strings and glossary terms, so pages can link abbreviations found in data prose. */
export function splitTerms(text: string): Array<string | GlossaryEntry> {
  const out: Array<string | GlossaryEntry> = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const i = m.index ?? 0;
    if (i > last) out.push(text.slice(last, i));
    out.push(byTerm.get(m[1]!)!);
    last = i + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
