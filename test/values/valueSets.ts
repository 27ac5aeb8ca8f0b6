/**
 * Named input sets (docs/value-markers.md): a marker may name `@NAME` in data-v (or data-v-lower, ...) for the
 * refs of a set that many markers share, e.g. every pooled input of a pooled figure. The set is written in the
 * same document as `data-vset-name="NAME" data-vset="refs"` (an SVG <metadata>, a hidden span). Expanding every
 * `@NAME` in place before any check means each marker is checked exactly as if it listed the refs itself. Likewise a
 * ref without its file (`#/groups/r/n`) inside an element with `data-v-base="studies/x"` is that file's.
 */
import type { HTMLElement } from 'node-html-parser';

/** The document's sets by name; two definitions of one name must agree. */
export function valueSetsOf(root: HTMLElement): Map<string, string> {
  const sets = new Map<string, string>();
  for (const el of root.querySelectorAll('[data-vset-name]')) {
    const name = el.getAttribute('data-vset-name')!;
    const refs = (el.getAttribute('data-vset') ?? '').trim();
    if (refs === '') throw new Error(`value set ${name} names no refs`);
    const seen = sets.get(name);
    if (seen !== undefined && seen !== refs) throw new Error(`value set ${name} is defined twice with different refs`);
    sets.set(name, refs);
  }
  return sets;
}

/** `refs` (a data-v value) with every `@NAME` replaced by the refs of the set of that name. */
export function expandSetRefs(refs: string, sets: Map<string, string>): string {
  return refs
    .trim()
    .split(/\s+/)
    .map((r) => {
      if (!r.startsWith('@')) return r;
      const set = sets.get(r.slice(1));
      if (set === undefined) throw new Error(`${r}: no value set of that name in this document`);
      return set;
    })
    .join(' ');
}

/**
 * `refs` with every ref relative to a file (`#/key/...`, no FILE) made absolute against `base` ("studies/x"): a data
 * table's row names its study once (`<tr data-v-base="studies/x">`) and its cells `#/outcomes/os/value`. A relative
 * ref outside any base fails.
 */
export function absoluteRefs(refs: string, base: string | undefined): string {
  return refs
    .trim()
    .split(/\s+/)
    .map((r) => {
      if (!r.startsWith('#')) return r;
      if (base === undefined) throw new Error(`${r}: a ref without its file, outside any data-v-base`);
      return `${base}${r}`;
    })
    .join(' ');
}

/**
 * Rewrites, in place, every data-v* attribute of `root` that names a set or a ref relative to its row's base
 * (the closest `data-v-base` around it); returns `root`.
 */
export function expandValueSets<T extends HTMLElement>(root: T): T {
  const sets = valueSetsOf(root);
  for (const el of root.querySelectorAll('*')) {
    for (const [k, v] of Object.entries(el.attributes)) {
      if (!/^data-v(-|$)/.test(k) || k === 'data-v-base') continue;
      let refs = v;
      if (refs.includes('#') && /(^|\s)#/.test(refs)) refs = absoluteRefs(refs, el.closest('[data-v-base]')?.getAttribute('data-v-base') ?? undefined);
      if (refs.includes('@')) refs = expandSetRefs(refs, sets);
      if (refs !== v) el.setAttribute(k, refs);
    }
  }
  return root;
}
