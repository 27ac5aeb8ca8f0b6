import { expect, it } from 'vitest';
import { loadEvidence } from '../../src/data/loadEvidence';
import { consistencyNotes } from '../../src/data/consistency';
import { page, pageExists, root, siteSuite, studiesTablePages } from './dist';

// Expected sets come from data/ itself, never from the code under test.
const loaded = loadEvidence(root);
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate');
const ev = loaded.evidence;
const notes = consistencyNotes(ev);

siteSuite('every record has its page', () => {
  it.each(ev.studies.map((s) => s.id))('study %s', (id) => expect(pageExists(`/studies/${id}/`)).toBe(true));
  it.each(ev.questions.map((q) => q.id))('question %s', (id) => expect(pageExists(`/questions/${id}/`)).toBe(true));
  it.each(ev.topics.map((t) => t.id))('topic %s', (id) => expect(pageExists(`/topics/${id}/`)).toBe(true));
  it.each(['/', '/questions/', '/studies/', '/recommendations/', '/methods/', '/topics/', '/glossary/', '/sources/'])('route %s', (path) =>
    expect(pageExists(path)).toBe(true),
  );
});

siteSuite('/studies/ table', () => {
  // Every page of the table, in order (the table is split into static pages).
  const rows = () => studiesTablePages().flatMap((p) => page(p).querySelectorAll('#studies-table tbody tr'));
  const arms = ev.studies.flatMap((s) => s.groups.filter((g) => g.role === 'arm').map((g) => ({ study: s.id, label: g.label })));

  it.each(arms.map((a) => [a.study, a.label]))('shows arm %s / %s', (study, label) => {
    const match = rows().filter((r) => r.getAttribute('data-study') === study && r.getAttribute('data-arm') === label);
    expect(match.length).toBe(1);
    expect(match[0]!.text).toContain(label);
  });

  it('lists every study, Table 1 studies before the other series', () => {
    const order = rows().map((r) => r.getAttribute('data-study')!);
    expect(new Set(order)).toEqual(new Set(ev.studies.map((s) => s.id)));
    const t1 = new Set(ev.studies.filter((s) => s.inReviewTable1).map((s) => s.id));
    const lastT1 = order.map((id) => t1.has(id)).lastIndexOf(true);
    const firstOther = order.findIndex((id) => !t1.has(id));
    expect(lastT1).toBeLessThan(firstOther === -1 ? Infinity : firstOther);
  });

  it('has its pages linked in order, each page with the same columns', () => {
    const paths = studiesTablePages();
    expect(paths[0]).toBe('/studies/');
    expect(paths.slice(1)).toEqual(paths.slice(1).map((_, i) => `/studies/page/${i + 2}/`));
    const heads = (p: string) => page(p).querySelectorAll('#studies-table thead th').map((h) => h.text);
    for (const p of paths) expect(heads(p)).toEqual(heads('/studies/'));
  });

  it("never splits a study's rows across two pages", () => {
    const perPage = studiesTablePages().map((p) => new Set(page(p).querySelectorAll('#studies-table tbody tr').map((r) => r.getAttribute('data-study'))));
    const seen = perPage.flatMap((s) => [...s]);
    expect(seen.length).toBe(new Set(seen).size);
  });

  it('never puts two statistics in one unlabelled column', () => {
    const heads = page('/studies/').querySelectorAll('#studies-table thead th').map((h) => h.text.replace(/\s+/g, ' ').trim());
    for (const stat of ['OS median', 'OS mean', 'OS 5-year', 'OS 3-year', 'PFS median']) expect(heads.some((h) => h.startsWith(stat))).toBe(true);
  });

  it('shows each study note in its rows', () => {
    for (const n of notes.filter((x) => x.record.startsWith('study/'))) {
      const study = n.record.slice('study/'.length);
      const marked = rows().filter((r) => r.getAttribute('data-study') === study && r.querySelector(`[data-note-id="${n.id}"]`));
      expect(marked.length, n.id).toBeGreaterThan(0);
    }
  });
});

siteSuite('data-quality notes are shown where their record is', () => {
  const studyNotes = notes.filter((n) => n.record.startsWith('study/'));
  it.each(studyNotes.map((n) => [n.id, n.record]))('%s on %s', (id, record) => {
    const doc = page(`/studies/${record.slice('study/'.length)}/`);
    const el = doc.querySelector(`[data-note-id="${id}"]`);
    expect(el).not.toBeNull();
    expect(el!.text).toContain('Data-quality note');
  });
  it.each(ev.studies.flatMap((s) => s.curatedNotes.map((c) => [s.id, c.text] as const)))('curated note of %s', (id, text) => {
    expect(page(`/studies/${id}/`).querySelector('main')!.text.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' '));
  });
  it.each(notes.filter((n) => n.record === 'review').map((n) => n.id))('review note %s on /methods/', (id) => {
    expect(page('/methods/').querySelector(`[data-note-id="${id}"]`)).not.toBeNull();
  });
});

siteSuite('question pages', () => {
  it.each(ev.questions.map((q) => [q.id, q]))('%s shows its certainty and every study it names', (id, q) => {
    const doc = page(`/questions/${id}/`);
    const badge = doc.querySelector(`.certainty[data-certainty="${q.certainty.level}"]`);
    expect(badge, 'certainty badge').not.toBeNull();
    const links = doc.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    for (const s of q.studies) expect(links.some((h) => h.endsWith(`/studies/${s}/`)), s).toBe(true);
    expect(doc.querySelectorAll('table.sof tbody tr').length).toBe(q.summaryOfFindings.length);
  });
});

siteSuite('study pages show every outcome with its provenance', () => {
  it.each(ev.studies.map((s) => [s.id, s]))('%s', (id, s) => {
    const doc = page(`/studies/${id}/`);
    for (const o of s.outcomes) {
      const row = doc.getElementById(`o-${o.id}`);
      expect(row, o.id).not.toBeNull();
      const quote = row!.querySelector('blockquote');
      expect(quote?.text.replace(/\s+/g, ' ').trim(), o.id).toBe(o.provenance.quote.replace(/\s+/g, ' ').trim());
    }
  });
});
