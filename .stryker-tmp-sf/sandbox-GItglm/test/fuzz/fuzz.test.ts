/**
 * Seeded mutation fuzz of data/: hundreds of invalid variants of the real evidence base, each of which the
 * validator must reject with problems naming the file and the JSON path, without throwing.
 */
// @ts-nocheck

import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/problem';
import { validateEvidenceFiles } from '../../src/data/validateEvidenceFiles';
import { readDataFiles } from '../helpers/tmpProject';
import { MUTATORS, mutations, type Mutation } from './mutations';

const SEED = 0.20260601;
const COUNT = 600;

/** A problem names the broken place when it is in the broken file at the broken path, or at an ancestor or descendant of it. */
const names = (m: Mutation, p: { file: string; path: string }) =>
  p.file === m.file && (p.path === m.path || m.path.startsWith(p.path) || p.path.startsWith(m.path));

describe('fuzz', () => {
  const files = readDataFiles();

  it('the unmutated files are valid (the fuzz starts from a good base)', () => {
    const r = validateEvidenceFiles(files);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });

  it(`rejects each of ${COUNT} seeded invalid variants, naming file and path, never throwing`, { timeout: 180_000 }, () => {
    const all = mutations(files, randomLcg(SEED), COUNT);
    const failures: string[] = [];
    const perKind = new Map<string, number>();
    for (const [i, m] of all.entries()) {
      perKind.set(m.kind, (perKind.get(m.kind) ?? 0) + 1);
      const label = `#${i} ${m.kind} at ${m.file} ${m.path}`;
      let result: ReturnType<typeof validateEvidenceFiles>;
      try {
        result = validateEvidenceFiles(m.files);
      } catch (error) {
        failures.push(`${label}: threw ${error instanceof Error ? error.stack : String(error)}`);
        continue;
      }
      if (result.ok) {
        failures.push(`${label}: accepted`);
        continue;
      }
      const malformed = result.problems.filter((p) => !p.file.startsWith('data/') || !p.path.startsWith('$') || !p.expected || !p.found);
      if (malformed.length > 0) failures.push(`${label}: problems without file/path: ${malformed.map(formatProblem).join(' | ')}`);
      if (!result.problems.some((p) => names(m, p))) failures.push(`${label}: no problem names it; got ${result.problems.map(formatProblem).join(' | ')}`);
      if (result.problems.some((p) => formatProblem(p).includes('\n'))) failures.push(`${label}: a problem spans several lines`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect([...perKind.keys()].sort()).toEqual(Object.keys(MUTATORS).sort());
    expect(Math.min(...perKind.values())).toBeGreaterThanOrEqual(50);
  });

  it('is deterministic: the same seed gives the same variants', () => {
    const a = mutations(files, randomLcg(SEED), 30).map((m) => `${m.kind} ${m.file} ${m.path}`);
    const b = mutations(files, randomLcg(SEED), 30).map((m) => `${m.kind} ${m.file} ${m.path}`);
    expect(a).toEqual(b);
  });
});
