/**
 * Every number (and every other data/ value) in the downloads of dist/ equals data/: the /data/ CSV tables, the
 * whole-evidence JSON and its manifest, and each figure's CSV and JSON `data` rows. A row is traced to data/ by
 * its ids (study_id, group_id, outcome_id, question_id, data_pointer); each column's expectation is written in
 * downloadSpecs.ts from data/'s layout, and derived numbers (approximate events, Wilson and logit CIs, risk
 * differences, pooled estimates, weights) come from R + metafor (test/fixtures/values). Nothing asks src/.
 * Each figure page's HTML data table must show exactly the figure's CSV, cell for cell.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { siteUnderTest, suiteWhen } from '../helpers/environment';
import { PROJECT_ROOT } from '../helpers/tmpProject';
import { dataValue, hasDataValue, type DataValue } from './dataValue';
import { derivedValue, reference } from './derivedValue';
import { dataTables, figureSpecs, type Expect, type Row, type Spec } from './downloadSpecs';

const site = siteUnderTest();

type Cell = string | number | boolean | null | undefined;
const empty = (c: Cell) => c === null || c === undefined || c === '';

/** Whether a cell (CSV text or JSON value) holds `v`: numbers exactly, booleans and strings as written. */
function holds(c: Cell, v: DataValue | undefined): boolean {
  if (v === undefined || v === null) return empty(c);
  if (typeof v === 'number') return !empty(c) && Number(c) === v;
  if (typeof v === 'boolean') return String(c) === String(v);
  return String(c ?? '') === String(v);
}

function checkCell(col: string, c: Cell, e: Expect): string | undefined {
  try {
    if ('equals' in e) return holds(c, e.equals) ? undefined : `${col}: expected ${JSON.stringify(e.equals)}, found ${JSON.stringify(c)}`;
    if ('ref' in e) {
      let v: DataValue | undefined;
      try {
        v = dataValue(e.ref);
      } catch (err) {
        if (!e.optional) throw err;
        v = undefined;
      }
      if (e.map && v !== undefined) v = e.map(v);
      return holds(c, v) ? undefined : `${col}: ${e.ref} is ${JSON.stringify(v)}, found ${JSON.stringify(c)}`;
    }
    const want = derivedValue(e.derived, e.refs) * (e.scale ?? 1);
    // Downloads round statistics to 4 decimals on their own scale; counts (events) are whole.
    const tolerance = e.derived === 'events' ? 0 : 0.5e-4 + 1e-9;
    return !empty(c) && Math.abs(Number(c) - want) <= tolerance ? undefined : `${col}: ${e.derived} of [${e.refs.join(' ')}] is ${want}, found ${JSON.stringify(c)}`;
  } catch (err) {
    return `${col}: ${(err as Error).message}`;
  }
}

/** Problems of a table: columns neither checked nor listed as unchecked, and every cell that disagrees. */
function checkTable(columns: string[], rows: Row[], spec: Spec): string[] {
  const problems = columns.filter((c) => !(c in spec.checks) && !(c in spec.unchecked)).map((c) => `column "${c}" is neither checked nor listed as unchecked with a reason`);
  rows.forEach((row, i) => {
    for (const col of columns) {
      const check = spec.checks[col];
      if (!check) continue;
      let e: Expect | undefined;
      try {
        e = check(row, rows);
      } catch (err) {
        problems.push(`row ${i + 1} ${col}: ${(err as Error).message}`);
        continue;
      }
      const p = e && checkCell(col, row[col], e);
      if (p) problems.push(`row ${i + 1} (${Object.values(row).slice(0, 3).join(', ')}): ${p}`);
    }
  });
  return problems;
}

const readCsv = (path: string) => {
  const csv = Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  return { columns: csv.meta.fields ?? [], rows: csv.data };
};
const dataFiles = (dir: string) => readdirSync(join(PROJECT_ROOT, 'data', dir)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const fail = (problems: string[]) => {
  if (problems.length) expect.fail(`${problems.length} value(s) disagree with data/:\n${problems.slice(0, 40).join('\n')}`);
};

suiteWhen('downloads in dist/ agree with data/', [site], () => {
  const studies = dataFiles('studies');
  const questions = dataFiles('questions');
  const records: Record<string, number> = {
    'studies.csv': studies.length,
    'arms.csv': studies.reduce((a, id) => a + (dataValue(`studies/${id}#/groups`) as unknown[]).length, 0),
    'outcomes.csv': studies.reduce((a, id) => a + (dataValue(`studies/${id}#/outcomes`) as unknown[]).length, 0),
    'questions.csv': questions.length,
  };

  it.each(Object.keys(dataTables))('/data/%s: one row per record, every cell as in data/', (file) => {
    const { columns, rows } = readCsv(join(site.dir, 'data', file));
    expect(rows.length).toBe(records[file]);
    fail(checkTable(columns, rows, dataTables[file]!));
  });

  it('/data/manifest.json counts the rows of each table', () => {
    const manifest = JSON.parse(readFileSync(join(site.dir, 'data', 'manifest.json'), 'utf8'));
    for (const [file, n] of Object.entries(records)) expect([file, manifest.files.find((f: { file: string }) => f.file === file)?.rows]).toEqual([file, n]);
  });

  it('/data/nelm-evidence.json holds every data/ record exactly', () => {
    const doc = JSON.parse(readFileSync(join(site.dir, 'data', 'nelm-evidence.json'), 'utf8'));
    const read = (rel: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', rel), 'utf8'));
    const problems: string[] = [];
    for (const [key, dir] of [['studies', 'studies'], ['questions', 'questions'], ['topics', 'topics'], ['sources', 'sources']] as const) {
      const byId = new Map<string, unknown>(doc[key].map((r: { id: string }) => [r.id, r]));
      const files = readdirSync(join(PROJECT_ROOT, 'data', dir)).filter((f) => f.endsWith('.json'));
      expect(doc[key].length).toBe(files.length);
      for (const f of files) {
        const want = read(`${dir}/${f}`);
        problems.push(...sameLeaves(`${key}/${want.id}`, byId.get(want.id), want));
      }
    }
    problems.push(...sameLeaves('review', doc.review, read('review.json')), ...sameLeaves('recommendations', doc.recommendations, read('recommendations.json')), ...sameLeaves('meta', doc.meta, read('meta.json')));
    fail(problems);
  });

  for (const [slug, spec] of Object.entries(figureSpecs)) {
    const dir = join(site.dir, 'figures', slug);
    it(`${slug}.csv: every cell as in data/ or R`, () => {
      const { columns, rows } = readCsv(join(dir, `${slug}.csv`));
      expect(rows.length).toBeGreaterThan(0);
      fail(checkTable(columns, rows, spec));
    });
    it(`${slug}.json: the data rows and columns as in data/ or R, and the same rows as the CSV`, () => {
      const json = JSON.parse(readFileSync(join(dir, `${slug}.json`), 'utf8'));
      const csv = readCsv(join(dir, `${slug}.csv`));
      expect(json.columns).toEqual(csv.columns);
      expect(json.rows).toBe(json.data.length);
      expect(json.data.length).toBe(csv.rows.length);
      fail(checkTable(json.columns, json.data, spec));
    });
    // Every column but the `_id` keys (data/ ids for joining the CSV, kept in the CSV and JSON), in order.
    it(`/figures/${slug}/: the page's data table shows the CSV cell for cell, but its id columns`, () => {
      const table = parse(readFileSync(join(dir, 'index.html'), 'utf8')).querySelector('.nelm-figure-data table')!;
      const head = table.querySelectorAll('thead th').length;
      const body = table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.textContent));
      const csv = readCsv(join(dir, `${slug}.csv`));
      const shown = csv.columns.filter((c) => !c.endsWith('_id'));
      expect(shown.length).toBeGreaterThan(2);
      expect(head).toBe(shown.length);
      expect(body).toEqual(csv.rows.map((r) => shown.map((c) => String(r[c] ?? ''))));
    });
  }

  it('the pooled summaries of the figure JSONs (estimate, CI, PI, τ², I², Q, k, studies) agree with R', () => {
    const problems: string[] = [];
    for (const [slug, pool, measure] of [
      ['pooled-five-year-os-resection', reference.ploPool, 'PLO'],
      ['resection-vs-comparator-rd', reference.rdPool, 'RD'],
    ] as const) {
      const json = JSON.parse(readFileSync(join(site.dir, 'figures', slug, `${slug}.json`), 'utf8'));
      expect(json.measure).toBe(measure);
      const close = (what: string, got: number, want: number, tol: number) => {
        if (!(Math.abs(got - want) <= tol)) problems.push(`${slug} ${what}: ${got}, R gives ${want}`);
      };
      for (const k of ['estimate', 'ci_lb', 'ci_ub', 'pi_lb', 'pi_ub'] as const) close(k, json.pooled[k] * 100, pool[k], 1e-4);
      close('tau2', json.pooled.tau2, pool.tau2, 1e-6);
      close('i2', json.pooled.i2, pool.i2, 1e-2);
      close('q', json.pooled.q, pool.q, 1e-6);
      close('k', json.pooled.k, pool.k, 0);
      // Each pooled study's counts, traced by its ids.
      for (const st of json.studies) {
        const counts =
          measure === 'PLO'
            ? [derivedValue('events', armInputsOf(st.study_id, st.outcome_id)), dataValue(armInputsOf(st.study_id, st.outcome_id)[1]!)]
            : [...armCounts(st.study_id, st.resection_outcome_id), ...armCounts(st.study_id, st.comparator_outcome_id)];
        const got = measure === 'PLO' ? [st.xi, st.ni] : [st.ai, st.n1i, st.ci, st.n2i];
        if (JSON.stringify(got) !== JSON.stringify(counts)) problems.push(`${slug} studies ${st.study_id}: ${JSON.stringify(got)}, data/ gives ${JSON.stringify(counts)}`);
      }
      for (const st of json.notPooled ?? []) {
        const counts = [...armCounts(st.study_id, st.resection_outcome_id), ...armCounts(st.study_id, st.comparator_outcome_id)];
        if (JSON.stringify([st.ai, st.n1i, st.ci, st.n2i]) !== JSON.stringify(counts)) problems.push(`${slug} notPooled ${st.study_id}: data/ gives ${JSON.stringify(counts)}`);
      }
      expect(json.studies.length).toBe(pool.k);
    }
    fail(problems);
  });
});

/** Every value (leaf) of one side at the same path of the other, both ways; an empty array the schema adds as a default has none. */
function sameLeaves(what: string, got: unknown, want: unknown): string[] {
  const leaves = (x: unknown, path: string, out: Map<string, unknown>) => {
    if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) leaves(v, `${path}/${k}`, out);
    else out.set(path, x);
    return out;
  };
  const g = leaves(got, '', new Map());
  const w = leaves(want, '', new Map());
  const problems: string[] = [];
  for (const [path, v] of w) if (!Object.is(g.get(path), v)) problems.push(`${what}${path}: data/ has ${JSON.stringify(v)}, the download ${JSON.stringify(g.get(path))}`);
  for (const [path, v] of g) if (!w.has(path)) problems.push(`${what}${path}: ${JSON.stringify(v)} is not in data/`);
  return problems;
}

/** An arm's inputs found from its outcome (the group comes from the outcome's `group`). */
function armInputsOf(studyId: string, outcomeId: string): string[] {
  const o = `studies/${studyId}#/outcomes/${outcomeId}`;
  const group = dataValue(`${o}/group`) as string;

  return [hasDataValue(`${o}/count`) ? `${o}/count` : `${o}/value`, hasDataValue(`${o}/n`) ? `${o}/n` : `studies/${studyId}#/groups/${group}/n`];
}
const armCounts = (studyId: string, outcomeId: string) => {
  const refs = armInputsOf(studyId, outcomeId);
  return [refs[0]!.endsWith('/count') ? dataValue(refs[0]!) : derivedValue('events', refs), dataValue(refs[1]!)];
};
