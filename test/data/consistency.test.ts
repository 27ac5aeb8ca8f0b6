/**
 * Each known inconsistency of the sources yields exactly its data-quality note, and nothing else does.
 * Expected arithmetic is computed here from the numbers as the sources print them (transcribed below with
 * their source lines, and checked against the seeds when present), not taken from the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { consistencyNotes, type DataQualityNote } from '../../src/data/consistency';
import type { Evidence } from '../../src/data/evidence';
import { loadEvidence } from '../../src/data/loadEvidence';
import { formatProblem } from '../../src/data/problem';
import { PROJECT_ROOT, SEEDS, seeds, suiteWhen } from '../helpers/environment';

/** Table 1 of the systematic review (seed 004): total and arm sizes as printed. */
const TABLE1: Record<string, { row: string; total: number; arms: number[] }> = {
  'saxena-2012': { row: 'Saxena et al., 2012a19 17 Liver resection (10)', total: 17, arms: [10, 15, 14, 11] },
  'karabulut-2011': { row: 'Karabulut et al., 201113 123 Liver resection (29)', total: 123, arms: [29, 69, 29] },
  'mayo-2011': { row: 'Mayo et al., 201116 753 Liver resection (339)', total: 753, arms: [339, 414] },
  'landry-2008': { row: 'Landry et al., 200814 54 Liver resection ± ablation (23)', total: 54, arms: [23, 31] },
  'musunuru-2006': { row: 'Musunuru et al., 200617 48 Liver resection ± RFA (13)', total: 48, arms: [13, 18, 17] },
  'osborne-2006': { row: 'Osborne et al., 200618 120 Cytoreduction (61)', total: 120, arms: [61, 59] },
  'touzios-2005': { row: 'Touzios et al., 200520 60 Liver resection ± ablation (19)', total: 60, arms: [19, 18, 23] },
  'yao-2011': { row: 'Yao et al., 201121 36 Liver resection (16)', total: 36, arms: [16, 20] },
  'chamberlain-2000': { row: 'Chamberlain et al., 200011 85 Liver resection (34)', total: 85, arms: [34, 33, 18] },
  'chen-1998': { row: 'Chen et al., 199812 38 Liver resection (15)', total: 38, arms: [15, 23] },
};

/** PRISMA Figure 1 of the review (seed 004). */
const FLOW = { identified: 1594, excludedAtScreening: 1467, screeningReasons: [482, 485, 400, 100], retained: 128, excludedAtEligibility: 78, eligibilityReasons: [23, 24, 31], included: 38 };
/** Xiang et al. as the editorial (seed 001) reports it: 10-year OS 76% vs 60%, quoted difference 15.3%. */
const XIANG = { resected: 76, unresected: 60, quoted: 15.3 };
/** PSD abstract (seed 000): "91 (84.2%)" of 108 LDS patients; narrative review (seed 002): "140 (81.4%)" of 172. */
const PSD = { count: 91, n: 108, printed: 84.2 };
const SERIES172 = { count: 140, n: 172, printed: 81.4 };
/** Narrative review (seed 002): 339 patients, "79% surgical resection, 3% ablation, 19% surgery and ablation". */
const SHARES339 = [79, 3, 19];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Round half away from zero, as percentages are printed. */
const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals + 1e-9) / 10 ** decimals;

let ev: Evidence;
let notes: DataQualityNote[];
beforeEach(() => {
  const result = loadEvidence(PROJECT_ROOT);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  ev = result.evidence;
  notes = consistencyNotes(ev);
});

const notesOf = (record: string, kind?: DataQualityNote['kind']) => notes.filter((n) => n.record === record && (!kind || n.kind === kind));

suiteWhen('transcriptions above match the seeds', [seeds()], () => {
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  it('Table 1 rows', () => {
    const text = norm(readFileSync(join(SEEDS, '004_3f1b4d3cd350fd36.txt'), 'utf8'));
    for (const { row } of Object.values(TABLE1)) expect(text).toContain(row);
    for (const n of [FLOW.identified, FLOW.excludedAtScreening, FLOW.retained, FLOW.excludedAtEligibility, FLOW.included])
      expect(text).toMatch(new RegExp(`\\(n = ${n}\\)`));
  });
  it('the other sources', () => {
    expect(norm(readFileSync(join(SEEDS, '000_5eb2e9ef7cfb55fc.txt'), 'utf8'))).toContain('108 patients with PNETs or SBNETs underwent LDS, 91 (84.2%)');
    const s002 = norm(readFileSync(join(SEEDS, '002_d622ce3ae3df28fb.txt'), 'utf8'));
    expect(s002).toContain('140 (81.4%)');
    expect(s002).toContain('(79% surgical resection, 3% ablation, 19% surgery and ablation');
    const s001 = norm(readFileSync(join(SEEDS, '001_3934f534aec4b2ba.txt'), 'utf8'));
    expect(s001).toContain('(15.3%)');
    expect(s001).toMatch(/60% when the primary tumor remains in place versus 76%/);
  });
});

describe('arms vs total (Table 1)', () => {
  for (const [id, { total, arms }] of Object.entries(TABLE1)) {
    const armSum = sum(arms);
    if (armSum !== total)
      it(`${id}: arms add up to ${armSum}, not ${total}: one note saying both`, () => {
        const found = notesOf(`study/${id}`, 'arms-vs-total');
        expect(found).toHaveLength(1);
        expect(found[0]!.message).toContain(String(total));
        expect(found[0]!.message).toContain(String(armSum));
        expect(found[0]!.file).toBe(`data/studies/${id}.json`);
      });
    else
      it(`${id}: arms add up to ${total}: no note`, () => {
        expect(notesOf(`study/${id}`)).toEqual([]);
      });
  }
  it('arms-vs-total notes only on the Table 1 studies whose printed arms do not add up', () => {
    // Expected from the transcription above (the sources' numbers), not from a second sum over the loaded data.
    const mismatched = Object.entries(TABLE1).filter(([, t]) => sum(t.arms) !== t.total).map(([id]) => `study/${id}`);
    expect(mismatched.length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.kind === 'arms-vs-total').map((n) => n.record).sort()).toEqual(mismatched.sort());
  });
});

describe('PRISMA flow arithmetic', () => {
  const afterScreening = FLOW.identified - FLOW.excludedAtScreening;
  const afterEligibility = FLOW.retained - FLOW.excludedAtEligibility;
  it(`${FLOW.identified} − ${FLOW.excludedAtScreening} = ${afterScreening}, printed ${FLOW.retained}; ${FLOW.retained} − ${FLOW.excludedAtEligibility} = ${afterEligibility}, printed ${FLOW.included}`, () => {
    expect(afterScreening).not.toBe(FLOW.retained);
    expect(afterEligibility).not.toBe(FLOW.included);
    const flow = notesOf('review', 'flow-arithmetic');
    // The exclusion reasons do add up to their totals, so only the two subtractions are noted.
    expect(sum(FLOW.screeningReasons)).toBe(FLOW.excludedAtScreening);
    expect(sum(FLOW.eligibilityReasons)).toBe(FLOW.excludedAtEligibility);
    expect(flow).toHaveLength(2);
    const [a, b] = flow.map((n) => n.message);
    expect([a, b].filter((m) => m!.includes(String(afterScreening)) && m!.includes(String(FLOW.retained)))).toHaveLength(1);
    expect([a, b].filter((m) => m!.includes(String(afterEligibility)) && m!.includes(String(FLOW.included)))).toHaveLength(1);
  });
});

describe('quoted difference (Xiang et al.)', () => {
  const diff = XIANG.resected - XIANG.unresected;
  it(`${XIANG.resected} − ${XIANG.unresected} = ${diff} points, quoted ${XIANG.quoted}%: one note`, () => {
    expect(diff).not.toBe(XIANG.quoted);
    const found = notesOf('study/xiang-2018', 'quoted-difference');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(String(XIANG.quoted));
    expect(found[0]!.message).toContain(`${diff} percentage points`);
  });
});

describe('percentage vs count', () => {
  const psd = round((100 * PSD.count) / PSD.n, 1);
  it(`PSD: ${PSD.count} / ${PSD.n} rounds to ${psd}%, printed ${PSD.printed}%: one note saying both`, () => {
    expect(psd).not.toBe(PSD.printed);
    const found = notesOf('study/psd-debulking-cohort', 'percent-vs-count');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(`${PSD.printed}%`);
    expect(found[0]!.message).toContain(`${psd.toFixed(1)}%`);
  });
  const s172 = round((100 * SERIES172.count) / SERIES172.n, 1);
  it(`172-patient series: ${SERIES172.count} / ${SERIES172.n} rounds to ${s172}%, as printed: no note`, () => {
    expect(s172).toBe(SERIES172.printed);
    expect(notesOf('study/series-172-patients', 'percent-vs-count')).toEqual([]);
  });
});

describe('parts vs whole', () => {
  it(`339-patient series: procedure shares ${SHARES339.join(' + ')} = ${sum(SHARES339)}%: one note`, () => {
    expect(sum(SHARES339)).not.toBe(100);
    const found = notes.filter((n) => n.file === 'data/studies/multi-institutional-339.json');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(String(sum(SHARES339)));
  });
});

it('no other notes than the inconsistencies listed above', () => {
  const expected = [
    ...Object.entries(TABLE1).filter(([, t]) => sum(t.arms) !== t.total).map(([id]) => `study/${id}`),
    'review',
    'review',
    'study/xiang-2018',
    'study/psd-debulking-cohort',
    'study/multi-institutional-339',
  ].sort();
  expect(notes.map((n) => `${n.record}`).sort(), notes.map((n) => `${n.file}: ${n.message}`).join('\n')).toEqual(expected);
});
