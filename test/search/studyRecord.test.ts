/**
 * Study pages are indexed as records built from the evidence (src/search/studyRecord.ts), not from their HTML
 * (issue 13). What the index holds for each study page, read back from the built index, is checked against
 * data/studies/*.json and against the built page: it names the study, its summary, every group and its
 * description, and it holds no word the page does not show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, expect, it } from 'vitest';
import { builtSiteSuite } from './builtSiteSuite';
import { pagefindContents, pagefindSearch, type PagefindResult } from './pagefindNode';

interface StudyJson {
  id: string;
  label: string;
  summary: string;
  design: string;
  groups: Array<{ label: string; description?: string }>;
}
const studies = readdirSync('data/studies').map((f) => JSON.parse(readFileSync(join('data/studies', f), 'utf8')) as StudyJson);

/** Words of a text, without the punctuation that joins them into sentences ("Design:", "(treatment", "2011."). */
const words = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[("“]+|[)"”.,;:]+$/g, ''))
    .filter((w) => w !== '');

/** Words of `record` that the page's text does not hold. */
export function wordsNotOnPage(record: string, pageText: string): string[] {
  const shown = new Set(words(pageText));
  return [...new Set(words(record))].filter((w) => !shown.has(w));
}

/** Everything a reader can see in a built page's <main> (collapsed details included), as text. */
function pageText(dist: string, id: string): { h1: string; text: string } {
  const main = parse(readFileSync(join(dist, 'studies', id, 'index.html'), 'utf8')).querySelector('main')!;
  // Block elements are not separated by whitespace in the compressed HTML: put a space after each.
  for (const el of main.querySelectorAll('p, li, dd, dt, td, th, h1, h2, h3, div, blockquote, summary')) el.insertAdjacentHTML('afterend', ' ');
  return { h1: main.querySelector('h1')!.text.trim(), text: main.text.replace(/\s+/g, ' ') };
}

it('the page-text check flags a word the page does not show and passes words it does', () => {
  expect(wordsNotOnPage('Design: Randomised controlled trial.', 'Design Retrospective case series')).toEqual(['Randomised', 'controlled', 'trial']);
  expect(wordsNotOnPage('Design: Retrospective case series. Karabulut 2011 (treatment arm, TACE).', 'Karabulut 2011 Design Retrospective case series treatment arm TACE')).toEqual([]);
});

builtSiteSuite('study pages in the search index', (dist) => {
  let contents: Map<string, string>;
  let found: Map<string, PagefindResult[]>;
  beforeAll(() => {
    contents = pagefindContents(dist);
    found = pagefindSearch(dist, studies.map((s) => s.label));
  });

  it('indexes every study page once, by its address', () => {
    const indexed = [...contents.keys()].filter((u) => /^\/studies\/[^/]+\/$/.test(u)).sort();
    expect(indexed).toEqual(studies.map((s) => `/studies/${s.id}/`).sort());
  });

  it.each(studies)('$id: the record names the study, its summary, every group and its description', (s) => {
    const content = contents.get(`/studies/${s.id}/`) ?? '';
    const expected = [s.label, s.summary, ...s.groups.flatMap((g) => [g.label, ...(g.description ? [g.description] : [])])];
    expect(expected.filter((t) => !content.includes(t))).toEqual([]);
  });

  it.each(studies)('$id: the record holds no word its page does not show, and its title is the page heading', (s) => {
    const page = pageText(dist, s.id);
    expect(wordsNotOnPage(contents.get(`/studies/${s.id}/`) ?? '', page.text)).toEqual([]);
    const result = found.get(s.label)?.find((r) => r.url === `/studies/${s.id}/`);
    expect(result?.title).toBe(page.h1);
  });
});
