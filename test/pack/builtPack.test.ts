/**
 * The presentation pack as built: each question's deck and Word Summary of Findings, each figure's deck, in
 * dist/ (no SITE: site-relative permalinks) and dist-base/ (SITE and BASE=/nelm/: absolute permalinks). The
 * files are opened as zip archives of XML; every table cell, footnote, footer and speaker note is compared with
 * what data/*.json says (JSON.parse, see expectedSof.ts), never with the code that made the files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { baseSiteUnderTest, siteUnderTest, suiteWhen, type SiteNeed } from '../helpers/environment';
import { PROJECT_ROOT } from '../helpers/tmpProject';
import { rawData } from '../sof/refs';
import { expectedQuestion, questionIds, type ExpectedRow } from './expectedSof';
import { numbersIn, readZip, slidesOf, wordOf, type Slide } from './officeXml';

const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const meta = rawData('meta');
const certaintyShown: Record<string, string> = { high: '⊕⊕⊕⊕ HIGH', moderate: '⊕⊕⊕◯ MODERATE', low: '⊕⊕◯◯ LOW', 'very-low': '⊕◯◯◯ VERY LOW', 'no-evidence': '◯◯◯◯ No evidence (graded nil)' };
const citation = `${meta.title}, version ${version}, evidence current to ${meta.evidenceCurrentTo}`;
/** Every quote held in data/, to check that a note quotes data (not something made up). */
const dataText = ['questions', 'studies', 'topics'].flatMap((d) => readdirSync(join(PROJECT_ROOT, 'data', d)).map((f) => readFileSync(join(PROJECT_ROOT, 'data', d, f), 'utf8'))).join('\n') + readFileSync(join(PROJECT_ROOT, 'data', 'review.json'), 'utf8');
const quotesIn = (notes: string) => [...notes.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);

/** How a build names its pages: origin (from robots.txt's sitemap line; none without SITE) and base. */
function addressing(dir: string): { origin: string; base: string } {
  const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
  const sitemap = /Sitemap: (\S+)/.exec(robots)?.[1];
  if (!sitemap) return { origin: '', base: '/' };
  const u = new URL(sitemap);
  return { origin: u.origin, base: u.pathname.replace(/sitemap-index\.xml$/, '') };
}

function checkRow(cells: string[][], row: ExpectedRow, where: string) {
  expect(cells, where).toHaveLength(4);
  expect(cells[0]!.join(''), where).toBe(`${row.outcome}${row.marks.length ? ` ${row.marks.join(',')}` : ''}`);
  const results = cells[1]!;
  const ranges = row.rangeNumbers.length > 0 ? results[0]! : undefined;
  if (ranges !== undefined) {
    expect(ranges, where).toMatch(/^(Resection|Comparator) arms?: /);
    expect(numbersIn(ranges), `${where}: ranges`).toEqual(row.rangeNumbers);
  }
  const rest = results.slice(ranges === undefined ? 0 : 1);
  const expectedLines = [...row.studyLines, ...(row.resultText ? [row.resultText] : [])];
  expect(rest, `${where}: results`).toEqual(expectedLines.length ? expectedLines : ['—']);
  expect(numbersIn(cells[2]!.join(' ')), `${where}: participants`).toEqual(row.participantNumbers);
  expect(cells[2]!.join(' ').startsWith('at least '), `${where}: lower bound`).toBe(row.atLeast);
  expect(cells[3]!.join('\n'), where).toBe(row.comment);
}

function packSuite(name: string, site: SiteNeed) {
  suiteWhen(`presentation pack in ${name}`, [site], () => {
    const dist = site.dir;
    const { origin, base } = addressing(dist);
    const link = (path: string) => `${origin}${base}${path.slice(1)}`;
    const footer = (path: string) => `${citation} · ${link(path)}`;
    const slidePngs = (slug: string) => readdirSync(join(dist, 'figures', slug)).filter((f) => new RegExp(`^${slug}-slide(-\\d+)?\\.png$`).test(f)).length;

    it('names no address without SITE: no canonical link, no sitemap', () => {
      const html = readFileSync(join(dist, 'index.html'), 'utf8');
      expect(html.includes('rel="canonical"')).toBe(origin !== '');
      expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(origin !== '');
    });

    describe.each(questionIds())('question %s', (id) => {
      const exp = expectedQuestion(id);
      const page = `/questions/${id}/`;
      const deckPath = join(dist, 'questions', id, `${id}-slides.pptx`);
      const docPath = join(dist, 'questions', id, `${id}-summary-of-findings.docx`);
      const slides = slidesOf(readZip(deckPath));
      const figureSlugs = [...new Set([...readFileSync(join(dist, 'questions', id, 'index.html'), 'utf8').matchAll(/<figure class="nelm-figure" id="figure-([a-z0-9-]+)"/g)].map((m) => m[1]!))];
      const sofSlides = slides.filter((s) => s.tables.length > 0);
      const figureSlides = slides.filter((s) => s.alts.length > 0);

      it('has a title, key message, SoF slides, a slide per figure picture and a sources slide, in that order', () => {
        const figurePictures = figureSlugs.reduce((n, slug) => n + slidePngs(slug), 0);
        expect(sofSlides.length).toBeGreaterThan(0);
        expect(figureSlides).toHaveLength(figurePictures);
        expect(slides).toHaveLength(2 + sofSlides.length + figurePictures + 1);
        expect(slides.map((s) => (s.tables.length ? 'sof' : s.alts.length ? 'figure' : 'text'))).toEqual(['text', 'text', ...sofSlides.map(() => 'sof'), ...figureSlides.map(() => 'figure'), 'text']);
      });

      it('gives every slide the citation, version, evidence date and permalink in its footer', () => {
        for (const s of slides) expect(s.text, `slide ${s.index}`).toContain(footer(page));
      });

      it('opens with the question and its key message with the certainty', () => {
        expect(slides[0]!.text).toContain(`Question ${exp.number}: ${exp.title}`);
        expect(slides[0]!.text).toContain(exp.question);
        expect(slides[0]!.text).toContain(`Version ${version} · evidence current to ${meta.evidenceCurrentTo}`);
        expect(slides[1]!.text).toContain(exp.answer);
        expect(slides[1]!.text.join('\n')).toContain(`Certainty of the evidence: ${certaintyShown[exp.certaintyLevel]} (“${exp.certaintyPrinted}”`);
        for (const quote of exp.quotes) expect(slides[0]!.notes + slides[1]!.notes).toContain(quote);
      });

      it('shows every SoF row once, in order, each cell as data/ has it, in native tables with a header', () => {
        const rows = sofSlides.flatMap((s) => {
          expect(s.tables).toHaveLength(1);
          expect(s.tables[0]![0]!.map((c) => c.join(' '))).toEqual(['Outcome', 'Results in numbers', '№ of participants (studies)', 'Comments']);
          return s.tables[0]!.slice(1);
        });
        expect(rows).toHaveLength(exp.rows.length);
        rows.forEach((cells, i) => checkRow(cells, exp.rows[i]!, `${id} row ${i + 1}`));
        for (const s of sofSlides) expect(s.text.join('\n'), `slide ${s.index}`).toContain(`Certainty for the whole question: ${certaintyShown[exp.certaintyLevel]}`);
      });

      it("puts each row's footnotes on its slide and the provenance of its numbers in the notes", () => {
        let at = 0;
        for (const s of sofSlides) {
          for (const _ of s.tables[0]!.slice(1)) {
            const row = exp.rows[at++]!;
            for (const f of row.footnotes) {
              expect(s.text, `slide ${s.index}`).toContain(`${f.mark}. ${f.text}`);
              if (f.quote) expect(s.notes).toContain(f.quote);
            }
            for (const quote of row.quotes) expect(s.notes, `slide ${s.index}, ${row.outcome}`).toContain(quote);
          }
        }
      });

      it('shows each supporting figure with alt text and the provenance of its values in the notes', () => {
        let at = 0;
        for (const slug of figureSlugs) {
          const json = figureOf(dist, slug);
          for (let i = 0; i < slidePngs(slug); i++) {
            const s = figureSlides[at++]!;
            expect(s.alts[0]!.startsWith(`${json.title}. `)).toBe(true);
            checkFigureNotes(s, json);
          }
        }
      });

      it('ends with the sources the deck quotes', () => {
        const last = slides.at(-1)!;
        expect(last.text[0]).toBe('Sources');
        const sources = new Set([...quotedSources(id), ...figureSlugs.flatMap((slug) => figureOf(dist, slug).data.map((r) => r.source).filter((s): s is string => typeof s === 'string'))]);
        for (const src of sources) expect(last.text.join('\n')).toContain(rawData(`sources/${src.replace(/\.txt$/, '')}`).shortName.replace(/\.$/, ''));
        const shown = last.text.filter((t) => !t.includes(footer(page)) && !t.startsWith('Cite this deck'));
        const studies: string[] = [...new Set<string>(rawData(`questions/${id}`).summaryOfFindings.flatMap((r: { evidence: { study: string }[] }) => r.evidence.map((e) => rawData(`studies/${e.study}`).label as string)))];
        if (studies.length > 0) expect(last.text).toContain(`Studies in the Summary of findings, as the sources cite them: ${studies.join(', ')}.`);
        const sourceText = [...sources].map((s) => JSON.stringify(rawData(`sources/${s.replace(/\.txt$/, '')}`))).join('\n') + studies.join('\n');
        for (const n of shown.flatMap((t) => t.match(/\d+/g) ?? [])) expect(sourceText, `number ${n} on the sources slide`).toContain(n);
      });

      it('has a Word Summary of Findings laid out as GRADEpro exports it', () => {
        const doc = wordOf(readZip(docPath));
        expect(doc.tables).toHaveLength(1);
        const [head, ...rows] = doc.tables[0]!;
        expect(head!.map((c) => c.join(' '))).toEqual(['Outcome', 'Results in numbers', '№ of participants (studies)', 'Comments']);
        expect(rows).toHaveLength(exp.rows.length);
        rows.forEach((cells, i) => checkRow(cells, exp.rows[i]!, `${id}.docx row ${i + 1}`));
        const text = doc.paragraphs.join('\n');
        expect(doc.paragraphs[0]).toBe(`Summary of findings: ${exp.title}`);
        expect(text).toContain(`Question: ${exp.question}`);
        expect(text).toContain(`Certainty of the evidence (GRADE) for the whole question: ${certaintyShown[exp.certaintyLevel]} — the review prints “${exp.certaintyPrinted}”`);
        for (const row of exp.rows) for (const f of row.footnotes) expect(doc.paragraphs.some((p) => p.startsWith(`${f.mark}. ${f.text}`) && (!f.quote || p.includes(f.quote)))).toBe(true);
        expect(doc.footer).toContain(`${citation} · ${link(page)}`);
        expect(doc.header).toContain(`Question ${exp.number}: ${exp.title}`);
        expect(doc.core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${meta.compiledOn}T00:00:00Z</dcterms:created>`);
      });

      it('is linked from the question page with its size', () => checkLinks(dist, page, [deckPath, docPath]));
    });

    describe.each(readdirSync(join(dist, 'figures')).filter((d) => existsSync(join(dist, 'figures', d, `${d}.json`))))('figure %s', (slug) => {
      const deckPath = join(dist, 'figures', slug, `${slug}.pptx`);
      const page = `/figures/${slug}/`;
      it('is a deck of its slide pictures with alt text, footer and provenance notes', () => {
        const slides = slidesOf(readZip(deckPath));
        const json = figureOf(dist, slug);
        expect(slides).toHaveLength(slidePngs(slug));
        for (const s of slides) {
          expect(s.alts).toHaveLength(1);
          expect(s.alts[0]!.startsWith(`${json.title}. `)).toBe(true);
          expect(s.text).toContain(footer(page));
          checkFigureNotes(s, json);
        }
      });
      it('is linked from the figure page with its size', () => checkLinks(dist, page, [deckPath]));
    });
  });
}

/** A figure's title (its page's h1) and the rows of its JSON download. */
function figureOf(dist: string, slug: string): { title: string; data: Record<string, unknown>[] } {
  const title = parse(readFileSync(join(dist, 'figures', slug, 'index.html'), 'utf8')).querySelector('h1')!.textContent;
  return { title, data: JSON.parse(readFileSync(join(dist, 'figures', slug, `${slug}.json`), 'utf8')).data };
}

/** Notes of a figure slide: its title, and the verbatim quote of every outcome the figure draws; every quote is in data/. */
function checkFigureNotes(s: Slide, json: { title: string; data: Record<string, unknown>[] }) {
  expect(s.notes.startsWith(json.title)).toBe(true);
  const quotes = quotesIn(s.notes);
  expect(quotes.length).toBeGreaterThan(0);
  for (const q of quotes) expect(dataText, `note quote “${q}”`).toContain(JSON.stringify(q).slice(1, -1));
  for (const row of json.data) {
    if (typeof row.study_id !== 'string' || typeof row.outcome_id !== 'string') continue;
    const o = rawData(`studies/${row.study_id}`).outcomes.find((x: { id: string }) => x.id === row.outcome_id);
    expect(s.notes, `${row.study_id}/${row.outcome_id}`).toContain(o.provenance.quote);
  }
}

/** Sources a question's deck quotes: of the question file and of the studies its table rows name. */
function quotedSources(id: string): string[] {
  const q = rawData(`questions/${id}`);
  const studies: string[] = q.summaryOfFindings.flatMap((r: { evidence: { study: string }[] }) => r.evidence.map((e) => e.study));
  const text = [JSON.stringify(q), ...studies.map((s) => JSON.stringify(rawData(`studies/${s}`)))].join('\n');
  return [...new Set([...text.matchAll(/"source":\s*"([^"]+)"/g)].map((m) => m[1]!))];
}

/** The page links each file, showing its size in KB as the file in dist/ has it. */
function checkLinks(dist: string, page: string, files: string[]) {
  const html = parse(readFileSync(join(dist, page, 'index.html'), 'utf8'));
  for (const file of files) {
    const name = file.split('/').at(-1)!;
    const a = html.querySelectorAll('.pack-downloads a').find((x) => x.getAttribute('download') === name);
    expect(a, `${page} links ${name}`).toBeDefined();
    expect(a!.getAttribute('href')!.endsWith(`${page}${name}`)).toBe(true);
    const size = html.querySelector(`.pack-size[data-file="${name}"]`)!;
    const bytes = statSync(file).size;
    expect(Number(size.getAttribute('data-bytes'))).toBe(bytes);
    expect(size.textContent).toBe(`(${name.split('.').at(-1)}, ${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB)`);
  }
}

packSuite('dist/', siteUnderTest());
packSuite('dist-base/', baseSiteUnderTest());
