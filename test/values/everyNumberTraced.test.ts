/**
 * Every number a reader sees on a page of dist/ is traceable: inside a value marker (checked against data/ by
 * markedValues.test.ts), inside a provenance quote (checked against the source by renderedQuotes.test.ts), a
 * verbatim part of a string held in data/ or content/ (a label, a summary, MDX prose), or site furniture named
 * below with its reason. Anything else is a number the tests cannot pin: it fails here, so editing a shown
 * number in dist/ or printing a new computed number without a marker is caught.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { expect, it } from 'vitest';
import { htmlPages, siteUnderTest, suiteWhen } from '../helpers/environment';
import { PROJECT_ROOT } from '../helpers/tmpProject';
import { codeText, consistencyNoteText, knownText, squash } from './knownText';

const site = siteUnderTest();

const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Site furniture with digits, each with why it needs no data/ value. */
const FURNITURE: [RegExp, string][] = [
  [/\bversion VERSION\b/i, "the site's version, from package.json"],
  [/^(Code licence: MIT\. )?Data licence: CC BY 4\.0\b/, 'licence names'],
  [/^[\w.-]+\.(csv|json|svg|png|bib|ris|txt|cff)$/, 'file names'],
  [/^https?:\/\/\S+$/, 'addresses of pages (ids with digits)'],
  [/^(\w+\/)+value$/, 'JSON pointers into a data/ file (array indices), the id column of a figure table'],
  [/^(Slide \d+ of \d+ \()?(Slide )?PNG \(?(2×|1920 × 1080)$/, 'image formats of downloads'],
  [/^Studies, page \d+$/, 'the page number of a page of the studies table (heading and breadcrumb)'],
  [/^(pptx|docx), [\d,]+ KB$/, 'sizes of the presentation-pack files: test/pack/builtPack.test.ts checks each against the file in dist/'],
  [/^(BibTeX|RIS|CSL-JSON), [\d,]+ KB$/, 'sizes of the bulk citation files on /data/: test/citation/builtCitationFiles.test.ts checks each against the file in dist/'],
  [/^(questions|studies|sources|figures|topics|data|methods|glossary|recommendations|cite)(\/[\w.#-]+)+$/, 'site paths: the permalinks citations print in a build without SITE'],
];

/**
 * Numbers not yet traced, by page and phrase, each with why and what will trace it. The register only shrinks:
 * an entry that no longer matches anything fails, so a fixed gap must be struck from it.
 */
const GAPS: { pages: RegExp; phrase: RegExp; why: string; within?: string }[] = [
  {
    pages: /./,
    within: 'section.citation-downloads',
    phrase: /./,
    why: 'formatted Vancouver and APA references and the CSL note: composed by citation-js from the citation fields (each marked above them); their output is pinned by test/citation/',
  },
  {
    pages: /^\/questions\/[^/]+\/$/,
    within: 'table',
    phrase: /./,
    why: 'Summary-of-Findings tables: issue 10 rebuilds them with counts per outcome and time point, each marked (branch decision-ready)',
  },
  {
    pages: /^\/questions\/[^/]+\/$/,
    phrase: /^(Question \d+: .*|Summary of findings: .*)$/,
    why: "the breadcrumb repeats the page's marked h1; the SoF caption repeats the question title (issue 10 rewrites it)",
  },
  {
    pages: /^\/sources\/$/,
    phrase: /^(Every number on this site is quoted from one of these \d+ documents\b.*|Quoted on this site: .*)$/,
    why: 'counts of sources and of the quotes each contributes (sourceUsage): not yet marked',
  },
  {
    pages: /^\/data\/dictionary\/$/,
    phrase: /^(≥|>|≤|<|\d+ to \d+ |pattern: |one of: |format: |\d+ definitions)|^[−\d²/()+ ]+$|^\d+ to ∞ items$/,
    why: 'limits and examples of the zod schemas, published as the JSON Schema and tested by test/data-export/jsonSchema.test.ts, not data values',
  },
  {
    pages: /^\/data\/$/,
    phrase: /^(\d[\d,]* KB|[\w.]+: \d+ columns|\d+ sources, \d+ studies, \d+ questions, \d+ topics, \d+ data quality notes)$/,
    why: "file sizes, CSV column counts and the JSON's record counts on /data/ (row counts are marked): the columns are pinned as the published interface by test/data-export; not yet marked",
  },
  {
    pages: /^\/sources\//,
    phrase: /^(\d+ quotes \(study selection.*|\d+ (quoted )?values?( from \d+ stud(y|ies))?|\d+ numbers? on \d+ topics?|\d+ quotes? on \d+ questions?|\d+ quotes?)$/,
    why: 'counts of the quotes each source contributes (sourceUsage): derived from every provenance record; not yet marked',
  },
];

/** What a phrase is once the punctuation and spaces that join it to its neighbours are trimmed. */
const phraseOf = (text: string) => squash(text).replace(/^[\s,.;:()[\]“”"'–—·|/-]+|[\s,.;:()[\]“”"'–—·|/-]+$/g, '');

function untraced(root: HTMLElement, known: { data: string; code: string }, gaps: typeof GAPS, used: Set<number>): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === NodeType.ELEMENT_NODE) {
      const el = n as HTMLElement;
      const tag = el.rawTagName?.toLowerCase();
      if (el.hasAttribute('data-v') || tag === 'script' || tag === 'style' || tag === 'svg' || tag === 'template') return;
      if (tag === 'blockquote' && el.classList.contains('prov-quote')) return;
      // Formulas of the methods page: constants of the method (z²/2n, 1.96), not data.
      if (el.classList.contains('formula')) return;
      // Links between the pages of a paginated table: page numbers, navigation rather than data.
      if (tag === 'nav' && el.classList.contains('pager')) return;
      const skip = gaps.find((g) => g.within !== undefined && g.within.split('.')[0] === tag && g.within.split('.').slice(1).every((c) => el.classList.contains(c)));
      if (skip && /\d/.test(el.textContent)) return void used.add(GAPS.indexOf(skip));
      el.childNodes.forEach(walk);
    } else if (n.nodeType === NodeType.TEXT_NODE) {
      const phrase = phraseOf(n.textContent);
      if (!/\d/.test(phrase)) return;
      // Letter case is ignored: labels are lower-cased inside sentences; digits are compared exactly.
      const lower = phrase.toLowerCase();
      if (known.data.includes(lower) || (/\p{L}/u.test(phrase) && known.code.includes(lower))) return;
      if (FURNITURE.some(([re]) => re.test(phrase.replaceAll(version, 'VERSION')))) return;
      const gap = gaps.findIndex((g) => !g.within && g.phrase.test(phrase));
      if (gap >= 0) return void used.add(GAPS.indexOf(gaps[gap]!));
      out.push(phrase);
    }
  };
  walk(root);
  return out;
}

suiteWhen('every number shown in dist/ is traceable', [site], () => {
  const known = { data: `${knownText()}\n${consistencyNoteText()}`.toLowerCase(), code: codeText().toLowerCase() };
  const pages = htmlPages(site.dir);
  const used = new Set<number>();
  it.each(pages)('%s', (path) => {
    const root = parse(readFileSync(join(site.dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
    const body = root.querySelector('body') ?? root;
    const left = untraced(body, known, GAPS.filter((g) => g.pages.test(path)), used);
    if (left.length > 0) expect.fail(`${left.length} number(s) on ${path} neither marked (data-v), quoted, held in data/ or content/, nor furniture:\n${[...new Set(left)].map((s) => `"${s.slice(0, 160)}"`).join('\n')}`);
  });

  it('every entry of the gap register still matches a number (strike fixed gaps)', () => {
    expect(GAPS.filter((_, i) => !used.has(i)).map((g) => g.why)).toEqual([]);
  });
});
