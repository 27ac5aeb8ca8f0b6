/**
 * Time and heap of computing each figure (`allFigures` builders, no drawing) on a synthetic base of FACTOR times the
 * studies (scripts/synthetic, seed 7 as test/figures/figureScale.test.ts). Issue 13: at 1000x the figures alone
 * reached V8's 4 GiB heap. Usage: npx tsx --expose-gc scripts/bench/figureCost.ts [factor] [slug...]
 */
import { randomLcg } from 'd3';
import { performance } from 'node:perf_hooks';
import { consistencyNotes } from '../../src/data/consistency';
import { loadEvidence } from '../../src/data/loadEvidence';
import { diskFiles, type DataFiles } from '../../src/data/readJsonFiles';
import { certaintyOverviewFigure } from '../../src/figures/certaintyOverviewFigure';
import { fiveYearOsByArm } from '../../src/figures/fiveYearOsByArm';
import { medianSurvival } from '../../src/figures/medianSurvival';
import { pooledFiveYearOsResection } from '../../src/figures/pooledFiveYearOsResection';
import { prismaFlowFigure } from '../../src/figures/prismaFlowFigure';
import { resectionVsComparatorRd } from '../../src/figures/resectionVsComparatorRd';
import { survivalLandmarks } from '../../src/figures/survivalLandmarks';
import type { StudyInput } from '../../src/schemas';
import { syntheticStudies } from '../synthetic/syntheticStudies';

const factor = Number(process.argv[2] ?? 100);
const only = process.argv.slice(3);
const root = process.cwd();
const disk = diskFiles(root);
const real = disk.list('data/studies')!.filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(disk.read(`data/studies/${f}`)!) as StudyInput);
const extra = new Map(syntheticStudies(real, factor - 1, randomLcg(7)).map((s) => [`data/studies/${s.id}.json`, `${JSON.stringify(s)}\n`]));
const files: DataFiles = {
  read: (f) => extra.get(f) ?? disk.read(f),
  list: (folder) => (folder === 'data/studies' ? [...disk.list(folder)!, ...[...extra.keys()].map((k) => k.slice(folder.length + 1))] : disk.list(folder)),
};
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mib = () => (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
let t = performance.now();
const loaded = loadEvidence(files);
if (!loaded.ok) throw new Error('synthetic evidence invalid');
const ev = { ...loaded.evidence, notes: consistencyNotes(loaded.evidence) };
gc();
console.log(`${factor}x: ${ev.studies.length} studies loaded in ${((performance.now() - t) / 1000).toFixed(1)} s, heap ${mib()} MiB`);
const builders = { fiveYearOsByArm, resectionVsComparatorRd, pooledFiveYearOsResection, medianSurvival, survivalLandmarks, prismaFlowFigure, certaintyOverviewFigure };
const kept: unknown[] = [];
for (const [name, b] of Object.entries(builders)) {
  if (only.length && !only.includes(name)) continue;
  gc();
  const before = process.memoryUsage().heapUsed;
  t = performance.now();
  const fig = b(ev);
  const s = (performance.now() - t) / 1000;
  kept.push(fig);
  gc();
  const retained = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const k = (fig.json.pooled as { k?: number } | null | undefined)?.k;
  console.log(`${name}: ${k ? `k = ${k}, ` : ''}${s.toFixed(2)} s, retained ${retained.toFixed(1)} MiB, JSON ${(JSON.stringify(fig.json).length / 2 ** 20).toFixed(2)} MiB, heap ${mib()} MiB`);
}
