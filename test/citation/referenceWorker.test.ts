/**
 * The build formats Vancouver and APA references on a worker thread (src/lib/citation/referenceWorker.ts); what a
 * page shows must be exactly what formatCitation gives on the build's own thread (pinned by the other tests here).
 */
import { expect, it } from 'vitest';
import { loadEvidence } from '../../src/data/loadEvidence';
import { citeSlug, formatCitation, formatReferencesAhead, hasPrintableReference, toCslItem } from '../../src/lib/citation';
import { PROJECT_ROOT } from '../helpers/environment';

const loaded = loadEvidence(PROJECT_ROOT);
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate');
const ev = loaded.evidence;
const items = [...ev.sources.map((s) => toCslItem(citeSlug('sources', s.id), s.citation)), ...ev.studies.map((s) => toCslItem(s.id, s.citation))].filter(hasPrintableReference);

it('formats every printable record of data/ on the worker exactly as formatCitation does', async () => {
  expect(items.length).toBeGreaterThan(5);
  const lookup = formatReferencesAhead(PROJECT_ROOT, items, 7); // several batches
  const got = await Promise.all(items.map((item) => lookup(item)));
  expect(got).toEqual(items.map((item) => ({ vancouver: formatCitation(item, 'vancouver'), apa: formatCitation(item, 'apa') })));
});

it('formats a record it was not given on the spot, the same way', async () => {
  const lookup = formatReferencesAhead(PROJECT_ROOT, items.slice(0, 1));
  const other = items.at(-1)!;
  expect(await lookup(other)).toEqual({ vancouver: formatCitation(other, 'vancouver'), apa: formatCitation(other, 'apa') });
});
