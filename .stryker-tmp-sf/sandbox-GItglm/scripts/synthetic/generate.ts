/**
 * Write a project copy whose data/studies holds the real studies and seeded synthetic ones, `factor` times as
 * many in all. Usage: tsx scripts/synthetic/generate.ts <factor> <out-dir> [seed]
 * The copy validates like the real data (schemas, references, provenance quotes); it is checked before use.
 */
// @ts-nocheck

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomLcg } from 'd3';
import { loadEvidence } from '../../src/data/loadEvidence';
import { formatProblem } from '../../src/data/problem';
import type { StudyInput } from '../../src/schemas';
import { copyProject } from './copyProject';
import { syntheticStudies } from './syntheticStudies';

export function generateProject(projectRoot: string, factor: number, base: string, seed = 1): { root: string; studies: number } {
  const root = copyProject(projectRoot, base);
  const dir = join(root, 'data/studies');
  const real = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as StudyInput);
  const extra = syntheticStudies(real, Math.max(0, factor - 1), randomLcg(seed));
  for (const s of extra) writeFileSync(join(dir, `${s.id}.json`), `${JSON.stringify(s, null, 2)}\n`);
  const result = loadEvidence(root);
  if (!result.ok) throw new Error(`synthetic data is invalid:\n${result.problems.slice(0, 20).map(formatProblem).join('\n')}`);
  return { root, studies: real.length + extra.length };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const [factor, out, seed] = process.argv.slice(2);
  if (!factor || !out) {
    console.error('usage: tsx scripts/synthetic/generate.ts <factor> <out-dir> [seed]');
    process.exit(2);
  }
  const { root, studies } = generateProject(process.cwd(), Number(factor), resolve(out), seed ? Number(seed) : 1);
  console.log(`synthetic project with ${studies} studies at ${root}`);
}
