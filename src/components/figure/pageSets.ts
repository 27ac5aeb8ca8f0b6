import type { ValueMark } from '../../charts';
import type { FigureText } from '../../figures/text';

/** Most refs a marker lists in place on a figure's page; a longer list is written once, as a named value set. */
export const inlineRefsMax = 8;

/** A figure page's long marker lists as named value sets, and each marker's `data-v` with its list replaced by the set's name. */
export interface PageSets {
  /** `data-v` as the page writes it: `@NAME` for a list of more than `inlineRefsMax` refs, else as it is. */
  v: (refs: string) => string;
  /** [NAME, refs] of every set, in first-use order, for `data-vset-name` / `data-vset`. */
  sets: [string, string][];
}

/**
 * Counts over every row of a long figure ("2,900 rows") appear three or four times on its page (the data table's
 * summary, the long-figure note, the downloads), each listing every row's ref: 120 KB per marker at 100× the
 * evidence. Each distinct long list is written once per page as `data-vset-name="<slug>/refs-<i>"` and its markers
 * name it as `@<slug>/refs-<i>`; test/values expands the name before checking (docs/value-markers.md), so every check
 * is the one the spelled-out list gave. Lists that already name a set (`@…`) stay as they are: sets do not nest.
 */
export function pageSets(slug: string, marks: Iterable<ValueMark | undefined>): PageSets {
  const names = new Map<string, string>();
  for (const m of marks) {
    if (!m || m.v.includes('@') || names.has(m.v)) continue;
    if (m.v.trim().split(/\s+/).length > inlineRefsMax) names.set(m.v, `${slug}/refs-${names.size + 1}`);
  }
  return { v: (refs) => (names.has(refs) ? `@${names.get(refs)}` : refs), sets: [...names].map(([refs, name]) => [name, refs]) };
}

/** The marks of figure text (captions, notes, credit lines), for pageSets. */
export const textMarks = (texts: FigureText[]): ValueMark[] => texts.flatMap((t) => t.flatMap((p) => (typeof p === 'object' && 'mark' in p ? [p.mark] : [])));
