/**
 * Built pages (their marked numbers are checked with every other page's by test/values/markedValues.test.ts): SoF tables show the question's grade once and none per row; the recommendation level is shown once, apart
 * from certainty; the home page lists the four criteria and explains both patient totals and "evidence current to".
 */
import { expect, it } from 'vitest';
import { page, siteSuite } from '../site/dist';
import { rawData } from './refs';

const questions = ['curative-resection', 'debulking-surgery', 'ablation-adjunct-to-debulking', 'sequencing-primary-and-metastases'];

siteSuite('SoF tables', () => {
  it.each(questions)('%s: the grade once, as the question-level grade; no certainty in any row', (id) => {
    const doc = page(`/questions/${id}/`);
    const level = rawData(`questions/${id}`).certainty.level;
    expect(doc.querySelector('table.sof .certainty')).toBeNull();
    const grade = doc.querySelectorAll('.sof-grade .certainty');
    expect(grade.map((g) => g.getAttribute('data-certainty'))).toEqual([level]);
    expect(doc.querySelector('.sof-grade')!.text).toContain('one grade for the whole question');
  });
  it.each(questions)('%s: one row per outcome; each count with studies opens to the arms summed', (id) => {
    const doc = page(`/questions/${id}/`);
    const raw = rawData(`questions/${id}`);
    const rows = doc.querySelectorAll('table.sof tbody tr');
    expect(rows.length).toBe(raw.summaryOfFindings.length);
    rows.forEach((tr, i) => {
      const ev = raw.summaryOfFindings[i].evidence;
      const details = tr.querySelector('details.sof-count');
      if (ev.length === 0) expect(details).toBeNull();
      else expect(details!.querySelectorAll('.sof-count-parts > li').length).toBe(ev.length);
      for (const td of tr.querySelectorAll('td')) expect(td.getAttribute('data-label')).toBeTruthy();
    });
  });
  it.each(questions)('%s: a plain-language summary', (id) => {
    expect(page(`/questions/${id}/`).querySelector('.plain-language')!.text).toContain(rawData(`questions/${id}`).plainLanguage.slice(0, 40));
  });
});

siteSuite('recommendations page', () => {
  const doc = () => page('/recommendations/');
  it('shows the level once, as a label distinct from GRADE certainty', () => {
    // Visible text only: drop the bodies of provenance <details> (quotes) and screen-reader-only labels.
    const main = doc().querySelector('main')!.clone() as ReturnType<typeof doc>;
    for (const el of main.querySelectorAll('details.prov > :not(summary), .visually-hidden')) el.remove();
    const text = main.text.replace(/\s+/g, ' ');
    expect(text.match(/Level of recommendation/g)!.length).toBe(1);
    expect(text).not.toMatch(/Level of recommendation:?\s*Level of recommendation/i);
    const level = doc().querySelector('.rec-level-value')!;
    expect(level.text.trim().toLowerCase()).toBe(rawData('recommendations').level.value);
    expect(level.closest('.certainty')).toBeNull();
  });
  it('has rationale, key information sections and evidence links', () => {
    const raw = rawData('recommendations');
    expect(doc().querySelectorAll('#rationale-heading + ul > li').length).toBe(raw.rationale.length);
    for (const s of raw.keyInformation) {
      const sec = doc().querySelector(`#key-${s.id}`)!.parentNode!;
      const text = sec.text;
      if (s.notReported) expect(text).toContain(s.notReported);
      // Question numbers in links are marked too; count the key-information values only.
      expect(sec.querySelectorAll('[data-v]').filter((e) => !e.getAttribute('data-v')!.startsWith('questions/')).length).toBe(s.items.reduce((n: number, i: any) => n + i.values.length, 0));
    }
    const links = doc().querySelectorAll('#evidence-heading ~ ul a').map((a) => a.getAttribute('href') ?? '');
    for (const q of raw.evidence) expect(links.some((h) => h.includes(`/questions/${q}/`))).toBe(true);
  });
});

siteSuite('home page', () => {
  const doc = () => page('/');
  it('lists the four criteria and links to the recommendation', () => {
    const items = doc().querySelectorAll('.home-criteria li');
    expect(items.map((li) => li.text.trim())).toEqual(rawData('recommendations').criteria.map((c: any) => c.text));
  });
  it('explains both patient totals and lists every series counted', () => {
    const d = doc();
    expect(d.querySelector('#patient-totals')).not.toBeNull();
    const studies = d.querySelectorAll('.patient-list tbody tr');
    expect(studies.length).toBeGreaterThan(20);
    // The total and its count name every study by wildcard (checked against data/ by test/values); the list adds up to them.
    const total = d.querySelector('.stats [data-derived="participants"]')!;
    expect(total.getAttribute('data-v')).toBe('studies/*#/id');
    const shown = (text: string) => Number(text.replace(/,/g, ''));
    expect(studies.length).toBe(shown(d.querySelector('.stats [data-derived="participants-counted"]')!.text));
    expect(studies.reduce((sum, tr) => sum + shown(tr.querySelector('[data-v]')!.text), 0)).toBe(shown(total.text));
  });
  it('explains "evidence current to" on home and methods', () => {
    expect(doc().querySelector('.current a')!.getAttribute('href')).toMatch(/\/methods\/#current$/);
    expect(page('/methods/').querySelector('#current')!.parentNode!.text).toContain(rawData('meta').evidenceCurrentToBasis);
  });
});
