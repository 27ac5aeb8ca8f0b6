/**
 * Time and heap of computing each figure (`allFigures` builders, no drawing) on a synthetic base of FACTOR times the
 * studies (scripts/synthetic, seed 7 as test/figures/figureScale.test.ts). Issue 13: at 1000x the figures alone
 * reached V8's 4 GiB heap. Usage: npx tsx --expose-gc scripts/bench/figureCost.ts [factor] [slug...]
 */
import { randomLcg } from 'd3';
import { performance } from 'node:perf_hooks';
import { consistencyNotes } from '../../src/data/consistency';
import { loadEvidence } from '../../src/data/loadEvidence';
import { certaintyOverviewFigure } from '../../src/figures/certaintyOverviewFigure';
import { fiveYearOsByArm } from '../../src/figures/fiveYearOsByArm';
import { medianSurvival } from '../../src/figures/medianSurvival';
import { pooledFiveYearOsResection } from '../../src/figures/pooledFiveYearOsResection';
import { prismaFlowFigure } from '../../src/figures/prismaFlowFigure';
import { resectionVsComparatorRd } from '../../src/figures/resectionVsComparatorRd';
import { survivalLandmarks } from '../../src/figures/survivalLandmarks';
import { syntheticFiles } from '../synthetic/syntheticFiles';

const factor = Number(process.argv[2] ?? 100);
const only = process.argv.slice(3);
const { files } = syntheticFiles(process.cwd(), factor, randomLcg(7));
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
