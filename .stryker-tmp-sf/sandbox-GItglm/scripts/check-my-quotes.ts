/** Dev aid: check the provenance quotes of the given data files against ../shared/seeds, without full validation. */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { sourceIds } from '../src/schemas';
import { quoteInSource, sourceReadings } from '../src/data/quoteInSource';

const readings = new Map(sourceIds.map((id) => [id, sourceReadings(readFileSync(`../shared/seeds/${id}`, 'utf8'))]));
let bad = 0;
function* walk(v: unknown, path: string): Generator<[string, { source: string; quote: string }]> {
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* walk(v[i], `${path}[${i}]`);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.quote === 'string' && typeof o.source === 'string') yield [path, o as { source: string; quote: string }];
    else for (const [k, x] of Object.entries(o)) yield* walk(x, `${path}.${k}`);
  }
}
for (const file of process.argv.slice(2)) {
  for (const [path, p] of walk(JSON.parse(readFileSync(file, 'utf8')), '$')) {
    const r = readings.get(p.source as (typeof sourceIds)[number]);
    if (!r) { console.log(`${file}: ${path}.source: unknown source ${p.source}`); bad++; continue; }
    if (!quoteInSource(p.quote, r)) { console.log(`${file}: ${path}.quote: not in ${p.source}: ${JSON.stringify(p.quote)}`); bad++; }
  }
}
console.log(bad === 0 ? 'all quotes found' : `${bad} quote(s) not found`);
process.exit(bad ? 1 : 0);
