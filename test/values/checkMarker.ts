/**
 * One marked element against data/: the numbers it shows must be the values its references name (in order),
 * or, for a derived number, what the named inputs give (`data-derived`: sum, count, range). A string value
 * (a printed form, a DOI) must be the element's whole text. Statistics (Wilson CIs, risk differences, pooled
 * estimates, ...) are checked against R reference values (derivedValue.ts); `data-scale` says the element shows
 * the reader-unit value times that factor (0.01: a proportion shown where the reference is in percent).
 */
import { dataValue, expandRef, type DataValue } from './dataValue';
import { derivations, derivedValue } from './derivedValue';
import { recordDerivations } from './recordDerivations';
import { shownNumbers, shows } from './shownNumbers';

export interface Marker {
  /** The data-v attribute: references separated by spaces. */
  refs: string;
  derived?: string;
  /** data-scale: the shown number is the value times this (default 1). */
  scale?: number;
  /** The element's text as a reader sees it. */
  text: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const fmt = (v: DataValue) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** Empty when the marker agrees with data/; otherwise one line saying what was expected and what is shown. */
export function checkMarker(m: Marker): string[] {
  let refs: string[];
  let values: DataValue[];
  try {
    refs = m.refs.trim().split(/\s+/).filter(Boolean).flatMap((r) => (r.includes('*') ? expandRef(r) : [r]));
    if (refs.length === 0) return ['data-v names no value'];
    values = refs.map((r) => dataValue(r));
  } catch (e) {
    return [(e as Error).message];
  }
  const text = squash(m.text);
  const shown = shownNumbers(text);
  const expectNumbers = (expected: number[], what: string) => {
    const ok = shown.length === expected.length && expected.every((v, i) => shows(shown[i]!, v));
    return ok ? [] : [`${what}: expected ${expected.join(', ')}, shown "${text}"`];
  };
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (m.derived === 'count') return expectNumbers([refs.length], `count of ${m.refs}`);
  // One shown number that is one of the addressed values (a column heading naming a time point present in data/).
  if (m.derived === 'any')
    return shown.length === 1 && values.some((v) => typeof v === 'number' && shows(shown[0]!, v)) ? [] : [`expected one of the values of ${m.refs}, shown "${text}"`];
  // Derived from whole records (the patient total over studies/*): the refs name records, not numbers.
  const fromRecords = m.derived ? recordDerivations[m.derived] : undefined;
  if (fromRecords) {
    try {
      return expectNumbers([fromRecords(refs)], `${m.derived} over ${refs.length} ref(s)`);
    } catch (e) {
      return [(e as Error).message];
    }
  }
  if (m.derived) {
    if (numbers.length !== values.length) return [`data-derived="${m.derived}" needs numeric inputs, found ${values.map(fmt).join(', ')}`];
    switch (m.derived) {
      case 'sum':
        return expectNumbers([numbers.reduce((a, b) => a + b, 0)], `sum of ${refs.length} value(s)`);
      case 'range':
        return expectNumbers([Math.min(...numbers), Math.max(...numbers)], `range of ${refs.length} value(s)`);
      default: {
        if (!derivations[m.derived]) return [`unknown data-derived="${m.derived}"`];
        let v: number;
        try {
          v = derivedValue(m.derived, refs);
        } catch (e) {
          return [(e as Error).message];
        }
        return expectNumbers([v * (m.scale ?? 1)], `${m.derived} of ${refs.length} value(s)`);
      }
    }
  }
  if (values.length === 1 && typeof values[0] === 'string') {
    const v = values[0];
    // An outcome not reached is shown as the abbreviation NR in tables.
    if (v === 'not reached' && (text === 'NR' || text.includes('not reached'))) return [];
    return squash(v) === text ? [] : [`expected the text ${fmt(v)}, shown "${text}"`];
  }
  if (numbers.length !== values.length) return [`mixed or non-numeric values ${values.map(fmt).join(', ')} for "${text}"`];
  return expectNumbers(numbers, refs.length === 1 ? refs[0]! : `${refs.length} values`);
}
