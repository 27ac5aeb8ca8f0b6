import { formatNumber } from '../../lib/format';
import type { Source } from '../../schemas';
import type { Credit, Traced } from './types';
import { dataText, marked, type FigureText } from '../text';
import { mark } from '../marks';

/** Groups the drawn values by source and locator, in first-seen order, naming the studies each covers. */
export function collectCredits(items: Traced[], sources: Source[]): Credit[] {
  const map = new Map<string, Credit>();
  // Studies already named per credit: a Set, so thousands of studies cost no search of the list.
  const named = new Map<Credit, Set<string>>();
  for (const it of items) {
    const key = `${it.provenance.source}\u0000${it.provenance.locator}`;
    let c = map.get(key);
    if (!c) {
      const src = sources.find((s) => s.id === it.provenance.source);
      c = { source: it.provenance.source, sourceName: src?.shortName ?? it.provenance.source, locator: it.provenance.locator, studies: [], studyRefs: [] };
      map.set(key, c);
    }
    let seen = named.get(c);
    if (!seen) named.set(c, (seen = new Set()));
    if (!seen.has(it.studyLabel)) {
      seen.add(it.studyLabel);
      c.studies.push(it.studyLabel);
      c.studyRefs.push(it.studyRef);
    }
  }
  return [...map.values()];
}

/** How many studies a credit names before it counts the rest (a line that stays a line at any evidence size). */
export const creditStudiesNamed = 25;

/** The studies of a credit as named in a credit line: all, or the first 25 and how many more the data table lists. */
export function creditStudies(c: Credit): string {
  if (c.studies.length <= creditStudiesNamed) return c.studies.join(', ');
  const more = c.studies.length - creditStudiesNamed;
  return `${c.studies.slice(0, creditStudiesNamed).join(', ')} and ${formatNumber(more, 0)} more ${more === 1 ? 'study' : 'studies'} named in the data table`;
}

/** "Systematic review, HPB 2015, Table 1 (Mayo 2011, Landry 2008)". */
export function creditLine(c: Credit): string {
  return `${c.sourceName}, ${c.locator}${c.studies.length ? ` (${creditStudies(c)})` : ''}`;
}

/**
 * A credit line as figure text: source, locator and the studies, each study's label marked with where data/ holds
 * it, and "and N more studies named in the data table" with N counted from them.
 */
export function creditParts(c: Credit): FigureText {
  const named = c.studies.slice(0, creditStudiesNamed).map((label, i): FigureText => {
    const ref = c.studyRefs[i];
    return [ref ? marked(label, mark(ref)) : dataText(label)];
  });
  const restRefs = c.studyRefs.slice(creditStudiesNamed);
  const more = c.studies.length - creditStudiesNamed;
  const moreParts: FigureText =
    more > 0 ? [' and ', restRefs.every((r) => r !== undefined) ? marked(formatNumber(more, 0), mark(restRefs as string[], 'count')) : formatNumber(more, 0), ` more ${more === 1 ? 'study' : 'studies'} named in the data table`] : [];
  return [dataText(c.sourceName), ', ', dataText(c.locator), ...(c.studies.length ? [' (', ...named.flatMap((n, i) => (i ? [', ', ...n] : n)), ...moreParts, ')'] : [])];
}
