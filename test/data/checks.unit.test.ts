/**
 * The cross-file checks of src/data (checkReferences, checkWording, checkQuotes with collectProvenance and
 * quoteInSource, loadEvidence, the site's getEvidence): each broken input yields the problem written out below by
 * hand, with its file, JSON path, what was expected and what was found; valid input yields none.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkQuotes } from '../../src/data/checkQuotes';
import { checkReferences } from '../../src/data/checkReferences';
import { wordingProblem } from '../../src/data/checkWording';
import { collectProvenance } from '../../src/data/collectProvenance';
import type { Evidence } from '../../src/data/evidence';
import { InvalidDataError, loadEvidence } from '../../src/data/loadEvidence';
import { parseEvidence } from '../../src/data/parseEvidence';
import { normaliseWhitespace, quoteInSource, sourceReadings } from '../../src/data/quoteInSource';
import { getEvidence, loadSiteEvidence } from '../../src/data/site';
import { copyProject, PROJECT_ROOT } from '../helpers/tmpProject';

const loaded = loadEvidence(PROJECT_ROOT);
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate');
const realEvidence = loaded.evidence;
const evidence = (): Evidence => structuredClone(realEvidence);
const question = (ev: Evidence, id: string) => ev.questions.find((q) => q.id === id)!;
const studyOf = (ev: Evidence, id: string) => ev.studies.find((s) => s.id === id)!;

describe('wordingProblem', () => {
  it.each([
    ['high', 'Resection results in longer survival.'],
    ['high', 'Resection improves survival.'],
    ['moderate', 'Resection probably improves survival.'],
    ['low', 'Resection may improve survival.'],
    ['very-low', 'It is very uncertain whether resection helps.'],
    ['no-evidence', 'Whether ablation helps is not known.'],
    ['no-evidence', 'The effect is unknown.'],
  ] as const)('%s: "%s" is worded for its certainty', (level, text) => expect(wordingProblem(level, text)).toBeUndefined());
  it.each([
    ['high', 'Resection may help.', 'wording for high certainty: a direct verb ("results in")'],
    ['high', 'Resection probably results in longer survival.', 'wording for high certainty without "probably"'],
    ['moderate', 'Resection may help.', 'wording for moderate certainty: "probably"'],
    ['moderate', 'Resection probably results in longer survival.', 'wording for moderate certainty without "results in"'],
    ['low', 'Resection helps.', 'wording for low certainty: "may"'],
    ['low', 'Resection may help; this study shows that it does.', 'wording for low certainty without "shows that"'],
    ['very-low', 'Resection may help.', 'wording for very-low certainty: "very uncertain"'],
    ['very-low', 'It is very uncertain; resection probably helps.', 'wording for very-low certainty without "probably"'],
    ['no-evidence', 'Ablation may help.', 'wording for no-evidence certainty: "not known" or "unknown"'],
    ['no-evidence', 'It is not known, but ablation may help.', 'wording for no-evidence certainty without "may"'],
  ] as const)('%s: "%s" fails with the expectation', (level, text, expected) => expect(wordingProblem(level, text)).toBe(expected));
});

describe('checkReferences', () => {
  it('the stored data has no cross-file problem', () => expect(checkReferences(evidence())).toEqual([]));

  it('missing records of the fixed sources and topics', () => {
    const ev = evidence();
    ev.sources = ev.sources.filter((s) => s.id !== '002_d622ce3ae3df28fb.txt');
    ev.topics = ev.topics.filter((t) => t.id !== 'ablation');
    expect(checkReferences(ev)).toEqual([
      { file: 'data/sources/002_d622ce3ae3df28fb.json', path: '$', expected: 'a record for source 002_d622ce3ae3df28fb.txt', found: 'no file' },
      { file: 'data/topics/ablation.json', path: '$', expected: 'a record for topic ablation', found: 'no file' },
    ]);
  });

  it('question numbers, studies and Summary-of-Findings references that do not resolve', () => {
    const ev = evidence();
    const q = question(ev, 'curative-resection');
    const file = 'data/questions/curative-resection.json';
    q.number = question(ev, 'ablation-adjunct-to-debulking').number; // 3, used by the ablation question (read first)
    q.studies = [...q.studies, 'ghost-study'];
    const last = q.studies.length - 1;
    q.summaryOfFindings[0]!.evidence.push({ study: 'ghost-study', outcomes: [], groups: [] }, { study: 'chen-1998', outcomes: ['liver-resection-os-5y', 'ghost-outcome'], groups: ['ghost-group'] });
    const at = (i: number) => `$.summaryOfFindings[0].evidence[${i}]`;
    const n = q.summaryOfFindings[0]!.evidence.length;
    q.summaryOfFindings[1]!.studyCountStatement = 'no-such-statement';
    q.summaryOfFindings[2]!.studyCountStatement = 'all-retrospective'; // a statement without a value
    q.summaryOfFindings[3]!.studyCountStatement = 'primary-first-univariate'; // has a value: fine
    expect(checkReferences(ev)).toEqual([
      { file, path: '$.number', expected: 'a question number not used by ablation-adjunct-to-debulking', found: 'number 3' },
      { file, path: `$.studies[${last}]`, expected: 'the id of a known study', found: 'unknown id "ghost-study"' },
      { file, path: `${at(n - 2)}.study`, expected: 'the id of a known study', found: 'unknown id "ghost-study"' },
      { file, path: `${at(n - 1)}.outcomes[1]`, expected: 'the id of a known outcome of chen-1998', found: 'unknown id "ghost-outcome"' },
      { file, path: `${at(n - 1)}.groups[0]`, expected: 'the id of a known group of chen-1998', found: 'unknown id "ghost-group"' },
      { file, path: '$.summaryOfFindings[1].studyCountStatement', expected: 'the id of a review statement with a value', found: 'unknown id "no-such-statement"' },
      { file, path: '$.summaryOfFindings[2].studyCountStatement', expected: 'the id of a review statement with a value', found: 'unknown id "all-retrospective"' },
    ]);
  });

  it('plain language and row comments worded for another certainty; a row without studies must say "not known"', () => {
    const ev = evidence();
    const q = question(ev, 'curative-resection'); // low certainty: "may"
    const file = 'data/questions/curative-resection.json';
    q.plainLanguage = 'Resection probably improves survival in every patient who has liver metastases of a neuroendocrine tumour.';
    q.summaryOfFindings[1]!.comment = 'Survival is longer.';
    q.summaryOfFindings[2]!.evidence = [];
    q.summaryOfFindings[2]!.comment = 'Survival may be longer.';
    q.summaryOfFindings[3]!.evidence = [];
    q.summaryOfFindings[3]!.comment = 'Whether survival is longer is not known.';
    q.summaryOfFindings[4]!.comment = 'Survival is longer after resection than after any other treatment in every series.';
    expect(checkReferences(ev)).toEqual([
      { file, path: '$.plainLanguage', expected: 'wording for low certainty: "may"', found: '"Resection probably improves survival in every patient who ha…"' },
      { file, path: '$.summaryOfFindings[1].comment', expected: 'wording for low certainty: "may"', found: '"Survival is longer.…"' },
      { file, path: '$.summaryOfFindings[2].comment', expected: 'wording for no-evidence certainty: "not known" or "unknown"', found: '"Survival may be longer.…"' },
      { file, path: '$.summaryOfFindings[4].comment', expected: 'wording for low certainty: "may"', found: '"Survival is longer after resection than after any other trea…"' },
    ]);
  });

  it('duplicate ids and dangling references inside a study, a study naming an unknown question, duplicate facts', () => {
    const ev = evidence();
    const s = studyOf(ev, 'chen-1998'); // groups liver-resection, conservative; outcomes *-os-5y; one comparison
    const file = 'data/studies/chen-1998.json';
    s.groups.push({ ...s.groups[0]! });
    s.outcomes.push({ ...s.outcomes[1]! }, { ...s.outcomes[0]!, id: 'orphan', group: 'ghost-group' });
    s.comparisons.push({ ...s.comparisons[0]! }, { ...s.comparisons[0]!, id: 'dangling', outcomes: ['liver-resection-os-5y', 'ghost-outcome'], groups: ['conservative', 'ghost-group'] });
    s.questions = ['curative-resection', 'ghost-question'];
    const t = ev.topics.find((x) => x.id === 'ablation')!;
    t.facts.push({ ...t.facts[0]! });
    expect(checkReferences(ev)).toEqual([
      { file, path: '$.groups[2].id', expected: 'a unique id (first used at $.groups[0])', found: 'duplicate id "liver-resection"' },
      { file, path: '$.outcomes[2].id', expected: 'a unique id (first used at $.outcomes[1])', found: 'duplicate id "conservative-os-5y"' },
      { file, path: '$.comparisons[1].id', expected: 'a unique id (first used at $.comparisons[0])', found: 'duplicate id "resection-vs-other-univariate"' },
      { file, path: '$.outcomes[3].group', expected: 'the id of a known group of this study', found: 'unknown id "ghost-group"' },
      { file, path: '$.comparisons[2].outcomes[1]', expected: 'the id of a known outcome of this study', found: 'unknown id "ghost-outcome"' },
      { file, path: '$.comparisons[2].groups[1]', expected: 'the id of a known group of this study', found: 'unknown id "ghost-group"' },
      { file, path: '$.questions[1]', expected: 'the id of a known question', found: 'unknown id "ghost-question"' },
      { file: 'data/topics/ablation.json', path: `$.facts[${t.facts.length - 1}].id`, expected: 'a unique id (first used at $.facts[0])', found: `duplicate id ${JSON.stringify(t.facts[0]!.id)}` },
    ]);
  });
});

describe('quoteInSource', () => {
  const text = '  Liver hepat-\nectomy and parenchyma- \r\n  sparing surgery,\u00ad 5 -\n6 years';
  it('reads a PDF text twice: line-end hyphens removed between letters, and kept', () => {
    expect(sourceReadings(text)).toEqual(['Liver hepatectomy and parenchymasparing surgery, 5 - 6 years', 'Liver hepat-ectomy and parenchyma-sparing surgery, 5 -6 years']);
    expect(normaliseWhitespace(' a\u00adb \n\t c ')).toBe('ab c');
  });
  it('finds a quote in either reading after normalising its whitespace', () => {
    const readings = sourceReadings(text);
    expect(quoteInSource('hepatectomy', readings)).toBe(true);
    expect(quoteInSource('parenchyma-sparing', readings)).toBe(true);
    expect(quoteInSource('  Liver  hepatectomy', readings)).toBe(true);
    expect(quoteInSource('5 -6 years ', readings)).toBe(true);
    expect(quoteInSource('hepat-ectomy and parenchymasparing', readings)).toBe(false);
    expect(quoteInSource('liver hepatectomy', readings)).toBe(false);
  });
});

/** An evidence-shaped fixture: collectProvenance walks any record, so only the fields it reads are given. */
function provenanceFixture(): Evidence {
  const p = (source: string, quote: string, locator = 'Results') => ({ source, locator, quote });
  return {
    files: { review: 'data/review.json', recommendations: 'data/recommendations.json', 'studies/s': 'data/studies/s.json', 'questions/q': 'data/questions/q.json', 'topics/t': 'data/topics/t.json' },
    review: { flow: { identified: { value: 1, provenance: p('004_3f1b4d3cd350fd36.txt', 'one record') } }, ranges: [] },
    recommendations: { items: [{ text: 'x', provenance: p('004_3f1b4d3cd350fd36.txt', 'a recommendation') }] },
    studies: [
      {
        id: 's',
        groups: [
          { id: 'a', provenance: p('000_5eb2e9ef7cfb55fc.txt', 'group a') },
          { id: 'b', provenance: p('000_5eb2e9ef7cfb55fc.txt', 'group b'), notProvenance: { source: 'x', quote: 'no locator' }, noQuote: { source: 'x', locator: 'l', count: 1 }, numeric: { source: 1, quote: 'q', locator: 'l' } },
        ],
      },
    ],
    questions: [{ id: 'q', nested: [[{ provenance: p('001_3934f534aec4b2ba.txt', 'deep') }]] }],
    topics: [{ id: 't', facts: [{ provenance: p('unknown-source.txt', 'here') }] }],
  } as unknown as Evidence;
}

describe('collectProvenance', () => {
  it('every provenance with its file and JSON path, in file order (review, recommendations, studies, questions, topics)', () => {
    expect(collectProvenance(provenanceFixture()).map((x) => [x.file, x.path, x.provenance.quote])).toEqual([
      ['data/review.json', '$.flow.identified.provenance', 'one record'],
      ['data/recommendations.json', '$.items[0].provenance', 'a recommendation'],
      ['data/studies/s.json', '$.groups[0].provenance', 'group a'],
      ['data/studies/s.json', '$.groups[1].provenance', 'group b'],
      ['data/questions/q.json', '$.nested[0][0].provenance', 'deep'],
      ['data/topics/t.json', '$.facts[0].provenance', 'here'],
    ]);
  });
});

describe('checkQuotes', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A project root whose ../shared/seeds holds the given texts for the five source ids. */
  function rootWithSeeds(texts: Record<string, string> | undefined): string {
    const base = mkdtempSync(join(tmpdir(), 'nelm-quotes-'));
    dirs.push(base);
    mkdirSync(join(base, 'project'));
    if (texts) {
      mkdirSync(join(base, 'shared/seeds'), { recursive: true });
      for (const id of ['000_5eb2e9ef7cfb55fc.txt', '001_3934f534aec4b2ba.txt', '002_d622ce3ae3df28fb.txt', '003_362e3b74ff06da67.txt', '004_3f1b4d3cd350fd36.txt'])
        writeFileSync(join(base, 'shared/seeds', id), texts[id] ?? '');
    }
    return join(base, 'project');
  }

  it('no seeds folder: null (the check cannot run)', () => expect(checkQuotes(rootWithSeeds(undefined), provenanceFixture())).toBeNull());

  it('each quote not in its own source is a problem at the quote\'s path; long quotes are shortened', () => {
    const long80 = 'x'.repeat(80);
    const long81 = 'y'.repeat(81);
    const ev = provenanceFixture();
    (ev.studies[0] as any).groups.push({ id: 'c', provenance: { source: '000_5eb2e9ef7cfb55fc.txt', locator: 'l', quote: long80 } }, { id: 'd', provenance: { source: '000_5eb2e9ef7cfb55fc.txt', locator: 'l', quote: long81 } });
    const root = rootWithSeeds({
      '004_3f1b4d3cd350fd36.txt': 'There was one record and a recommendation.',
      // "group b" is in source 001, not in 000 where the record says it is.
      '000_5eb2e9ef7cfb55fc.txt': 'Only group a is here.',
      '001_3934f534aec4b2ba.txt': 'group b, deep',
    });
    expect(checkQuotes(root, ev)).toEqual([
      { file: 'data/studies/s.json', path: '$.groups[1].provenance.quote', expected: 'a verbatim quote of 000_5eb2e9ef7cfb55fc.txt', found: 'string "group b", not in the source' },
      { file: 'data/studies/s.json', path: '$.groups[2].provenance.quote', expected: 'a verbatim quote of 000_5eb2e9ef7cfb55fc.txt', found: `string "${long80}", not in the source` },
      { file: 'data/studies/s.json', path: '$.groups[3].provenance.quote', expected: 'a verbatim quote of 000_5eb2e9ef7cfb55fc.txt', found: `string "${'y'.repeat(77)}...", not in the source` },
      // A source that is not one of the seeds has no text: its quote is never found.
      { file: 'data/topics/t.json', path: '$.facts[0].provenance.quote', expected: 'a verbatim quote of unknown-source.txt', found: 'string "here", not in the source' },
    ]);
  });
});

describe('parseEvidence and loadEvidence', () => {
  it('records the file of each record', () => {
    const { evidence: ev } = parseEvidence(PROJECT_ROOT);
    expect(ev!.files.meta).toBe('data/meta.json');
    expect(ev!.files.review).toBe('data/review.json');
    expect(ev!.files.recommendations).toBe('data/recommendations.json');
    expect(ev!.files['sources/000_5eb2e9ef7cfb55fc.txt']).toBe('data/sources/000_5eb2e9ef7cfb55fc.json');
    expect(ev!.files['studies/chen-1998']).toBe('data/studies/chen-1998.json');
  });

  it('a schema-valid project with a dangling reference is reported by the cross-file checks', () => {
    const project = copyProject();
    try {
      project.editJson('data/studies/chen-1998.json', (s) => (s.questions = ['ghost-question']));
      const result = loadEvidence(project.root);
      expect(result).toEqual({ ok: false, problems: [{ file: 'data/studies/chen-1998.json', path: '$.questions[0]', expected: 'the id of a known question', found: 'unknown id "ghost-question"' }] });
    } finally {
      project.cleanup();
    }
  });

  it('InvalidDataError lists one line per problem and counts them', () => {
    const one = new InvalidDataError([{ file: 'data/a.json', path: '$.x', expected: 'a number', found: 'string "1"' }]);
    expect(one.name).toBe('InvalidDataError');
    expect(one.message).toBe('data/ is invalid (1 problem):\ndata/a.json: $.x: expected a number, found string "1"');
    const two = new InvalidDataError([
      { file: 'data/a.json', path: '$.x', expected: 'a number', found: 'string "1"' },
      { file: 'data/b.json', path: '$', expected: 'the file to exist', found: 'no file' },
    ]);
    expect(two.message).toBe('data/ is invalid (2 problems):\ndata/a.json: $.x: expected a number, found string "1"\ndata/b.json: $: expected the file to exist, found no file');
    expect(two.problems).toHaveLength(2);
  });
});

// loadSiteEvidence is checked on broken copies; getEvidence only for keeping its first result (the suite shares
// modules across files, so another file may have loaded it first). A fresh module per test (vi.resetModules) would
// re-run every module-level constant of src/data inside a test, which mutation testing then counts as covered.
describe('loadSiteEvidence and getEvidence (the build\'s one evidence object)', () => {
  it('invalid data stops the build with the problem', () => {
    const project = copyProject();
    try {
      project.editJson('data/studies/chen-1998.json', (s) => (s.groups[0].n = -1));
      expect(() => loadSiteEvidence(project.root)).toThrow('data/studies/chen-1998.json: $.groups[0].n: expected a number >= 0, found number -1');
    } finally {
      project.cleanup();
    }
  });
  it('a quote that is not in its source stops the build', () => {
    const project = copyProject();
    try {
      project.editJson('data/studies/chen-1998.json', (s) => (s.groups[0].provenance.quote = 'a sentence no source prints'));
      expect(() => loadSiteEvidence(project.root)).toThrow('data/studies/chen-1998.json: $.groups[0].provenance.quote: expected a verbatim quote of');
    } finally {
      project.cleanup();
    }
  });
  it('valid data: the evidence with its notes', () => {
    const ev = loadSiteEvidence(PROJECT_ROOT);
    // The review's two flow-diagram notes (see test/data/consistency.test.ts) are among the notes.
    expect(ev.notes.filter((n) => n.record === 'review').map((n) => n.id)).toEqual(['flow-arithmetic/review/retained-after-screening', 'flow-arithmetic/review/included']);
    expect(ev.studies.map((s) => s.id)).toContain('chen-1998');
  });
  it('getEvidence: the evidence, the same object on every call', () => {
    const first = getEvidence(PROJECT_ROOT);
    expect(first.notes.filter((n) => n.record === 'review')).toHaveLength(2);
    expect(first.studies.map((s) => s.id)).toContain('chen-1998');
    expect(getEvidence(PROJECT_ROOT)).toBe(first);
  });
});
