/**
 * Every source has its own page (/sources/<file name without .txt>/) showing its citation with the verification
 * of each field, and every study and topic number quoted from it. Expected sets come from data/ (a provenance walk
 * written here, not the site's own), never from the code under test.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { loadEvidence } from '../../src/data/loadEvidence';
import { consistencyNotes } from '../../src/data/consistency';
import type { CitedField } from '../../src/schemas';
import { hasDist, page, pageExists, root } from './dist';

const loaded = loadEvidence(root);
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate');
const ev = loaded.evidence;
const slugOf = (id: string) => id.replace(/\.txt$/, '');

/** Sources cited by any {source, quote} object inside a record. */
function citedSources(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => citedSources(x, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.quote === 'string') out.add(o.source);
    else Object.values(o).forEach((x) => citedSources(x, out));
  }
  return out;
}
const hrefs = (path: string) => page(path).querySelectorAll('main a[href]').map((a) => a.getAttribute('href') ?? '');

describe.skipIf(!hasDist)('source pages', () => {
  it.each(ev.sources.map((s) => s.id))('%s has its page', (id) => expect(pageExists(`/sources/${slugOf(id)}/`)).toBe(true));

  it.each(ev.sources.map((s) => [s.id, s] as const))('%s marks each unverified citation field and shows the verified ones', (id, s) => {
    const doc = page(`/sources/${slugOf(id)}/`);
    const fields = Object.entries(s.citation).filter((e): e is [string, CitedField] => typeof e[1] === 'object' && e[1] !== null && 'status' in e[1]);
    const unverified = fields.filter(([, f]) => f.status === 'unverified');
    expect(doc.querySelectorAll('.citation-fields dd[data-verification="unverified"]').length).toBe(unverified.length);
    for (const [, f] of unverified) expect(doc.querySelector('.citation-fields')!.text).not.toContain(f.value);
    for (const [key, f] of fields.filter(([, f]) => f.status !== 'unverified')) expect(doc.querySelector('.citation-fields')!.text, key).toContain(f.value);
    expect(doc.querySelector('h1')!.text).toBe(s.shortName);
  });

  it.each(ev.sources.map((s) => s.id))('%s links every study quoted from it and no other', (id) => {
    const expected = ev.studies.filter((st) => citedSources(st).has(id)).map((st) => `/studies/${st.id}/`).sort();
    const linked = [...new Set(hrefs(`/sources/${slugOf(id)}/`).filter((h) => /\/studies\/[^/]+\/$/.test(h)).map((h) => h.slice(h.indexOf('/studies/'))))].sort();
    expect(linked).toEqual(expected);
  });

  it.each(ev.sources.map((s) => s.id))('%s links every topic number quoted from it', (id) => {
    const links = hrefs(`/sources/${slugOf(id)}/`);
    const facts = ev.topics.flatMap((t) => t.facts.filter((f) => f.provenance.source === id).map((f) => `/topics/${t.id}/#f-${f.id}`));
    for (const f of facts) expect(links.some((h) => h.endsWith(f)), f).toBe(true);
    expect(links.filter((h) => /\/topics\/[^/]+\/#f-/.test(h)).length).toBe(facts.length);
  });

  it('shows each curated note on the page of the source it quotes, and each computed note on exactly one source page', () => {
    const onPage = (id: string) => new Set(page(`/sources/${slugOf(id)}/`).querySelectorAll('[data-note-id]').map((e) => e.getAttribute('data-note-id')!));
    const shown = new Map(ev.sources.map((s) => [s.id, onPage(s.id)]));
    ev.studies.forEach((st) =>
      st.curatedNotes.forEach((c, i) => {
        if (c.provenance) expect(shown.get(c.provenance.source)!.has(`curated/${st.id}/${i}`), `curated/${st.id}/${i}`).toBe(true);
      }),
    );
    for (const n of consistencyNotes(ev)) expect([...shown.values()].filter((ids) => ids.has(n.id)).length, n.id).toBe(1);
  });

  it('/sources/ keeps an anchor per source and links each source page', () => {
    const doc = page('/sources/');
    const links = hrefs('/sources/');
    for (const s of ev.sources) {
      expect(doc.getElementById(slugOf(s.id)), s.id).not.toBeNull();
      expect(links.some((h) => h.endsWith(`/sources/${slugOf(s.id)}/`)), s.id).toBe(true);
    }
  });
});
