/**
 * Time of drawing each figure's files (the page charts, the standalone SVG, the PNG's SVG, the slides) on a
 * synthetic base of FACTOR times the studies, after the figures are computed. Issue 13: the figure files were
 * a fifth of the 1000x build. Usage: npx tsx scripts/bench/figureDrawCost.ts [factor]
 */
import { randomLcg } from 'd3';
import { performance } from 'node:perf_hooks';
import { consistencyNotes } from '../../src/data/consistency';
import { loadEvidence } from '../../src/data/loadEvidence';
import { allFigures } from '../../src/figures/registry';
import { embedSvg, pngSvg, slideSvgs, standaloneSvg } from '../../src/components/figure/figureFiles';
import { syntheticFiles } from '../synthetic/syntheticFiles';

const factor = Number(process.argv[2] ?? 100);
const { files } = syntheticFiles(process.cwd(), factor, randomLcg(7));
const loaded = loadEvidence(files);
if (!loaded.ok) throw new Error('synthetic evidence invalid');
const ev = { ...loaded.evidence, notes: consistencyNotes(loaded.evidence) };
let t = performance.now();
const figures = allFigures(ev);
console.log(`${factor}x: figures computed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const c = { siteTitle: 'NELM Evidence', version: '0', url: '/figures/x/' };
const steps = {
  embedWide: (f: (typeof figures)[number]) => embedSvg(f, 'wide').length,
  embedNarrow: (f: (typeof figures)[number]) => embedSvg(f, 'narrow').length,
  standalone: (f: (typeof figures)[number]) => standaloneSvg(f, c).svg.length,
  png: (f: (typeof figures)[number]) => pngSvg(f, c).svg.length,
  slides: (f: (typeof figures)[number]) => slideSvgs(f, c).reduce((n, s) => n + s.svg.length, 0),
};
for (const f of figures) {
  const parts = Object.entries(steps).map(([name, step]) => {
    t = performance.now();
    const bytes = step(f);
    return `${name} ${((performance.now() - t) / 1000).toFixed(2)} s (${(bytes / 2 ** 20).toFixed(1)} MiB)`;
  });
  console.log(`${f.slug}: ${parts.join(', ')}`);
}
