/**
 * Each numeric value of a study record in data/ is one of the numbers of its printed form ("74%"), so a value
 * edited in data/ alone (74 -> 75 with "74%" still printed and quoted) fails here; the values shown in dist/ follow
 * data/, so the dist/ tests alone would not notice. Read from the raw JSON files; numbers parsed by shownNumbers.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/environment';
import { shownNumbers, shows } from './shownNumbers';

interface Reported {
  at: string;
  value: unknown;
  printed?: unknown;
  quote?: unknown;
}

function reported(x: unknown, at: string, out: Reported[]): Reported[] {
  if (Array.isArray(x)) x.forEach((v, i) => reported(v, `${at}[${(v as { id?: string })?.id ?? i}]`, out));
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.value === 'number' && typeof o.printed === 'string') out.push({ at, value: o.value, printed: o.printed, quote: (o.provenance as { quote?: string } | undefined)?.quote });
    for (const [k, v] of Object.entries(o)) reported(v, `${at}.${k}`, out);
  }
  return out;
}

const dir = join(PROJECT_ROOT, 'data', 'studies');
const records = readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => reported(JSON.parse(readFileSync(join(dir, f), 'utf8')), f, []));

/** Printed forms that give the number in words, with the number they say (transcribed by hand). */
const IN_WORDS: Record<string, number> = {
  'Seventy-seven': 77,
  'no perioperative mortality': 0,
  'no 30-day operative mortalities': 0,
  'no reported periprocedural mortality': 0,
  // "two-thirds" recorded as 66.7 (one decimal).
  'Approximately two-thirds': 66.7,
};
/** ".001" as printed in p-values is 0.001. */
const numbersOf = (printed: string) => shownNumbers(printed.replace(/(^|[^\d])\.(\d)/g, '$10.$2'));

describe('values in data/ agree with their printed form and quote', () => {
  it('finds printed values', () => expect(records.length).toBeGreaterThan(50));
  it('each value is a number of its printed form', () => {
    const wrong = records.filter((r) => {
      const printed = String(r.printed);
      if (printed in IN_WORDS) return IN_WORDS[printed] !== r.value;
      return !numbersOf(printed).some((n) => shows(n, r.value as number));
    });
    expect(wrong.map((r) => `${r.at}: value ${r.value}, printed "${r.printed}"`)).toEqual([]);
  });
});
