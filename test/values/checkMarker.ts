/**
 * One marked element against data/: the numbers it shows must be the values its references name (in order),
 * or, for a derived number, what the named inputs give (`data-derived`: sum, count, range). A string value
 * (a printed form, a DOI) must be the element's whole text.
 */
import { dataValue, type DataValue } from './dataValue';
import { shownNumbers, shows } from './shownNumbers';

export interface Marker {
  /** The data-v attribute: references separated by spaces. */
  refs: string;
  derived?: string;
  /** The element's text as a reader sees it. */
  text: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const fmt = (v: DataValue) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** Empty when the marker agrees with data/; otherwise one line saying what was expected and what is shown. */
export function checkMarker(m: Marker): string[] {
  const refs = m.refs.trim().split(/\s+/).filter(Boolean);
  if (refs.length === 0) return ['empty data-v'];
  let values: DataValue[];
  try {
    values = refs.map(dataValue);
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
  // A count shows how many references it has; they name records (e.g. `studies/x#/id`), so they need not be numbers.
  if (m.derived === 'count') return expectNumbers([refs.length], 'count of the references');
  if (m.derived) {
    if (numbers.length !== values.length) return [`data-derived="${m.derived}" needs numeric inputs, found ${values.map(fmt).join(', ')}`];
    switch (m.derived) {
      case 'sum':
        return expectNumbers([numbers.reduce((a, b) => a + b, 0)], `sum of ${refs.length} value(s)`);
      case 'count':
        return expectNumbers([refs.length], 'count of the references');
      case 'range':
        return expectNumbers([Math.min(...numbers), Math.max(...numbers)], `range of ${refs.length} value(s)`);
      default:
        return [`unknown data-derived="${m.derived}"`];
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
