import type { Source } from '../../schemas';
import type { Credit, Traced } from './types';

/** Groups the drawn values by source and locator, in first-seen order, naming the studies each covers. */
export function collectCredits(items: Traced[], sources: Source[]): Credit[] {
  const map = new Map<string, Credit>();
  for (const it of items) {
    const key = `${it.provenance.source}\u0000${it.provenance.locator}`;
    let c = map.get(key);
    if (!c) {
      const src = sources.find((s) => s.id === it.provenance.source);
      c = { source: it.provenance.source, sourceName: src?.shortName ?? it.provenance.source, locator: it.provenance.locator, studies: [] };
      map.set(key, c);
    }
    if (!c.studies.includes(it.studyLabel)) c.studies.push(it.studyLabel);
  }
  return [...map.values()];
}

/** "Systematic review, HPB 2015, Table 1 (Mayo 2011, Landry 2008)". */
export function creditLine(c: Credit): string {
  return `${c.sourceName}, ${c.locator}${c.studies.length ? ` (${c.studies.join(', ')})` : ''}`;
}
