/**
 * Two checkouts of the project measured in one run on one machine, e.g. before and after a platform upgrade:
 * `npm run build` wall time and peak memory (alternating, so load falls on both alike), page weight of the
 * resulting dist/, and Lighthouse on the same pages of both (this checkout's Lighthouse and Chromium, alternating).
 * Prints a Markdown section to paste into BENCHMARKS.md.
 *
 *   npx tsx scripts/bench/compareCheckouts.ts <before-root> <after-root> [--builds=3] [--lighthouse=2]
 *
 * Each root needs its own `npm ci`; its `npm run build` runs with its own Node (an older checkout may have none
 * in node_modules/.bin and then uses the machine's).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lighthouseScores, type LighthouseRow } from './lighthouseScores';
import { pageSizes } from './pageSizes';
import { timedRun, type Timed } from './timedRun';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const checkouts = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
if (checkouts.length !== 2) throw new Error('usage: compareCheckouts <before> <after> [--options]');
const [before, after] = checkouts as [string, string];
if (!before || !after) throw new Error('usage: compareCheckouts.ts <before-root> <after-root>');
const roots = { before, after } as const;
const builds = opt('builds', 3);
const lhRuns = opt('lighthouse', 2);
const PATHS = ['/', '/studies/', '/questions/curative-resection/', '/figures/median-survival/'];
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const sh = (cmd: string, cwd: string) => execSync(cmd, { cwd, encoding: 'utf8' }).trim();
const nodeOf = (root: string) => (existsSync(join(root, 'node_modules/.bin/node')) ? sh('node_modules/.bin/node -v', root) : `${process.env.SYSTEM_NODE ?? 'system'} node`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => (n / 1024).toFixed(1);

async function main() {
  const times: Record<keyof typeof roots, Timed[]> = { before: [], after: [] };
  for (let i = 0; i < builds; i++)
    for (const k of ['before', 'after'] as const) {
      const t = timedRun('npm', ['run', 'build', '--silent'], roots[k], 600_000);
      if (!t.ok) throw new Error(`${k}: npm run build failed: ${t.error}`);
      times[k].push(t);
      console.error(`build ${k} #${i + 1}: ${t.seconds.toFixed(1)} s, ${t.peakMiB} MiB`);
    }
  const lh: Record<keyof typeof roots, LighthouseRow[][]> = { before: [], after: [] };
  for (let i = 0; i < lhRuns; i++)
    for (const k of ['before', 'after'] as const) {
      lh[k].push(await lighthouseScores(join(roots[k], 'dist'), PATHS, chrome));
      console.error(`lighthouse ${k} #${i + 1} done`);
    }
  const sizes = { before: pageSizes(join(before, 'dist')), after: pageSizes(join(after, 'dist')) };
  const total = (k: keyof typeof roots) => sizes[k].reduce((s, p) => s + p.firstRender.gzip, 0);
  const largest = (k: keyof typeof roots) => [...sizes[k]].sort((a, b) => b.firstRender.gzip - a.firstRender.gzip)[0]!;
  const perf = (k: keyof typeof roots, path: string) => lh[k].map((run) => run.find((r) => r.path === path)?.performance ?? NaN);
  const row = (label: string, b: string, a: string) => `| ${label} | ${b} | ${a} |`;
  const out = [
    `| measure | before (${sh('git log -1 --format=%h', before)}, ${nodeOf(before)}, Astro ${sh("node -p \"require('astro/package.json').version\"", before)}) | after (${sh('git log -1 --format=%h', after)}, ${nodeOf(after)}, Astro ${sh("node -p \"require('astro/package.json').version\"", after)}) |`,
    '| --- | ---: | ---: |',
    row(`\`npm run build\` wall time, median of ${builds} (s)`, median(times.before.map((t) => t.seconds)).toFixed(1), median(times.after.map((t) => t.seconds)).toFixed(1)),
    row('`npm run build` runs (s)', times.before.map((t) => t.seconds.toFixed(1)).join(', '), times.after.map((t) => t.seconds.toFixed(1)).join(', ')),
    row('peak memory of the largest process, median (MiB)', String(median(times.before.map((t) => t.peakMiB ?? NaN))), String(median(times.after.map((t) => t.peakMiB ?? NaN)))),
    row('pages', String(sizes.before.length), String(sizes.after.length)),
    row('HTML + blocking CSS, all pages (gzip KB)', kb(total('before')), kb(total('after'))),
    row('largest page, HTML + CSS gzip (KB)', `${largest('before').path} ${kb(largest('before').firstRender.gzip)}`, `${largest('after').path} ${kb(largest('after').firstRender.gzip)}`),
    ...PATHS.map((p) => row(`Lighthouse performance ${p} (${lhRuns} runs)`, perf('before', p).join(', '), perf('after', p).join(', '))),
    ...PATHS.map((p) => {
      const cats = (k: keyof typeof roots) => lh[k].map((run) => run.find((r) => r.path === p)).map((r) => (r ? `${r.accessibility}/${r.bestPractices}/${r.seo}` : '?')).join(', ');
      return row(`Lighthouse accessibility/best practices/SEO ${p}`, cats('before'), cats('after'));
    }),
  ];
  console.log(out.join('\n'));
}

main().catch((e) => {
  console.error(`compareCheckouts: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
