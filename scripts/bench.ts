/**
 * `npm run bench`: page weights of dist/, Lighthouse scores, build time and memory at scale, and a
 * reproducible-build check, written to BENCHMARKS.md with the commands that produce them. Measurements,
 * not tests: nothing here fails on a budget; over-budget pages are listed instead.
 *
 *   npm run build && npm run bench                       # everything
 *   npm run bench -- --skip=scale,repro                  # sizes and Lighthouse only
 *   npm run bench -- --factors=1,10,100 --timeout=600    # scale factors, per-step timeout (s)
 *   npm run bench -- --lighthouse-runs=5                 # Lighthouse runs per page (median and spread)
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { lighthouseScores, type LighthouseRow } from './bench/lighthouseScores';
import { pageSizes, type PageSize } from './bench/pageSizes';
import { reproducibleBuild, type Reproducibility } from './bench/reproducibleBuild';
import { scaleBuilds, type ScaleRow } from './bench/scaleBuilds';
import type { KindWeight } from './bench/pageKinds';

const root = process.cwd();
const dist = join(root, 'dist');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const skip = new Set((arg('skip') ?? '').split(',').filter(Boolean));
const factors = (arg('factors') ?? '1,10,100,1000').split(',').map(Number);
const timeoutMs = Number(arg('timeout') ?? 900) * 1000;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const lighthouseRunCount = Number(arg('lighthouse-runs') ?? 3);
/** Scale factors whose /studies/ (and question pages) Lighthouse also audits: the issue 13 target is 100 at 10x. */
const LIGHTHOUSE_FACTORS = new Set([10]);
const log = (s: string) => console.log(`bench: ${s}`);

/** Budgets from issue 6. 14 KB: what the first round trip (10 TCP segments) can carry. */
const BUDGET = { tableJsGzip: 5 * 1024, firstRenderGzip: 14 * 1024 };
/** Pages that may load JavaScript: every page of the studies table (its enhancement) and /search/. */
const scripted = (path: string) => path === '/studies/' || /^\/studies\/page\/\d+\/$/.test(path) || path === '/search/';
const LIGHTHOUSE_PATHS = ['/', '/studies/', '/questions/curative-resection/', '/questions/debulking-surgery/', '/figures/median-survival/'];
const LIGHTHOUSE_SCALE_PATHS = ['/studies/', '/questions/curative-resection/'];
/** Page budgets of issue 13 by scale factor: first round trip at 10x, hard ceilings from 100x. */
const SCALE_BUDGET = { firstRenderGzip: 14 * 1024, maxGzip: 100 * 1024, maxHtml: 1024 * 1024 };

const kb = (n: number) => (n / 1024).toFixed(1);
const sh = (cmd: string) => {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
};
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function sizesSection(sizes: PageSize[]): string {
  const content = sizes.filter((p) => !scripted(p.path));
  const withJs = content.filter((p) => p.js.raw > 0);
  const studies = sizes.find((p) => p.path === '/studies/');
  const over = sizes.filter((p) => p.firstRender.gzip > BUDGET.firstRenderGzip);
  const largest = [...sizes].sort((a, b) => b.firstRender.gzip - a.firstRender.gzip)[0]!;
  const largestText = [...content].sort((a, b) => b.firstRender.gzip - a.firstRender.gzip)[0]!;
  const verdict = (ok: boolean) => (ok ? 'within' : '**over**');
  return [
    '## Page weight',
    '',
    `Measured on \`dist/\` (${sizes.length} pages). gzip is Node's zlib at its default level. CSS counts inline \`<style>\` (already inside the HTML bytes) and linked stylesheets, all render-blocking; JS counts every script a page loads, inline or external, and what module scripts import; JSON-LD is data and not counted.`,
    '',
    table(
      ['budget', 'limit', 'measured', ''],
      [
        ['JavaScript on content pages (all but the studies table pages and /search/)', '0 B', withJs.length === 0 ? `0 B on all ${content.length}` : withJs.map((p) => `${p.path}: ${p.js.raw} B`).join(', '), verdict(withJs.length === 0)],
        ['Table enhancement on /studies/ (gzip)', `${kb(BUDGET.tableJsGzip)} KB`, studies ? `${kb(studies.js.gzip)} KB (${kb(studies.js.raw)} KB raw)` : 'no /studies/ page', verdict(!!studies && studies.js.gzip <= BUDGET.tableJsGzip)],
        ['HTML + blocking CSS per page (gzip)', `${kb(BUDGET.firstRenderGzip)} KB`, `${sizes.length - over.length} of ${sizes.length} pages within; largest ${largest.path} ${kb(largest.firstRender.gzip)} KB; largest text page ${largestText.path} ${kb(largestText.firstRender.gzip)} KB`, verdict(over.length === 0)],
      ],
    ),
    '',
    over.length > 0 ? `Over the 14 KB first-round-trip budget: ${over.map((p) => `${p.path} (${kb(p.firstRender.gzip)} KB)`).join(', ')}.\n` : '',
    '<details><summary>Every page (KB, raw / gzip)</summary>',
    '',
    table(
      ['page', 'HTML', 'CSS', 'JS', 'HTML + CSS gzip'],
      sizes.map((p) => [p.path, `${kb(p.html.raw)} / ${kb(p.html.gzip)}`, `${kb(p.css.raw)} / ${kb(p.css.gzip)}`, p.js.raw ? `${kb(p.js.raw)} / ${kb(p.js.gzip)}` : '0', kb(p.firstRender.gzip)]),
    ),
    '',
    '</details>',
  ].join('\n');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** "median (min–max)" of a measure over the runs. */
const spread = (xs: number[]) => `${median(xs)} (${Math.min(...xs)}–${Math.max(...xs)})`;

/** Lighthouse `runs` times over the same pages (each run audits every page once, in turn). */
async function lighthouseRuns(dist: string, paths: string[], runs: number): Promise<LighthouseRow[][]> {
  const out: LighthouseRow[][] = [];
  for (let i = 0; i < runs; i++) {
    log(`Lighthouse run ${i + 1} of ${runs} on ${dist}`);
    out.push(await lighthouseScores(dist, paths, chromePath));
  }
  return out;
}

function lighthouseTable(runs: LighthouseRow[][], label = ''): string {
  const paths = runs[0]!.map((r) => r.path);
  return table(
    ['page', `performance, median (range) of ${runs.length}`, 'total blocking time ms', 'largest contentful paint ms', 'accessibility', 'best practices', 'SEO', 'audits below 1 (any run)'],
    paths.map((p) => {
      const rs = runs.map((run) => run.find((r) => r.path === p)!);
      const all = (k: 'accessibility' | 'bestPractices' | 'seo') => [...new Set(rs.map((r) => r[k]))].join(', ');
      return [`${label}${p}`, spread(rs.map((r) => r.performance)), spread(rs.map((r) => r.tbtMs)), spread(rs.map((r) => r.lcpMs)), all('accessibility'), all('bestPractices'), all('seo'), [...new Set(rs.flatMap((r) => r.failing.map((f) => f.replace(/ \(.*\)$/, ''))))].join(', ') || 'none'];
    }),
  );
}

function lighthouseSection(runs: LighthouseRow[][], scaled: Map<number, LighthouseRow[][]>): string {
  return [
    '## Lighthouse',
    '',
    `Lighthouse ${sh('node -p "require(\'lighthouse/package.json\').version"')} node API, default (mobile) settings: emulated Moto G Power, simulated slow 4G and 4x CPU slowdown; Chromium ${sh(`${chromePath} --version`).replace(/^Chromium /, '')} headless; \`dist/\` served from loopback. Target 100 in each category. Each page is audited ${runs.length} times (runs in turn, so load falls on all pages alike); the table gives the median and the range, since total blocking time on this shared 2-core machine depends on other load (load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} when the section was written).`,
    '',
    lighthouseTable(runs),
    ...[...scaled].flatMap(([factor, r]) => ['', `The same audit on the ${factor}x synthetic base (see Scale), ${r.length} runs:`, '', lighthouseTable(r, `${factor}x `)]),
  ].join('\n');
}

function kindsTable(factor: number, kinds: KindWeight[]): string {
  const limits =
    factor >= 100
      ? `limits from 100x: ${kb(SCALE_BUDGET.maxGzip)} KB gzip and ${kb(SCALE_BUDGET.maxHtml)} KB of HTML per page`
      : `limit at 10x and below: ${kb(SCALE_BUDGET.firstRenderGzip)} KB gzip of HTML + blocking CSS per page`;
  const within = (k: KindWeight) =>
    factor >= 100 ? k.heaviest.firstRender.gzip <= SCALE_BUDGET.maxGzip && k.largestHtml.html.raw <= SCALE_BUDGET.maxHtml : k.heaviest.firstRender.gzip <= SCALE_BUDGET.firstRenderGzip;
  return [
    `**${factor}x**, ${kinds.reduce((n, k) => n + k.pages, 0)} pages (${limits}; "without figures" is the heaviest page with its embedded figures removed, the figures' own weight being issue 11's):`,
    '',
    table(
      ['kind', 'pages', 'heaviest page', 'HTML + CSS gzip KB', 'without figures KB', 'largest HTML KB', ''],
      kinds.map((k) => [k.kind, k.pages, k.heaviest.path, kb(k.heaviest.firstRender.gzip), k.withoutFigures === undefined ? '' : kb(k.withoutFigures), `${kb(k.largestHtml.html.raw)} (${k.largestHtml.path})`, within(k) ? 'within' : '**over**']),
    ),
  ].join('\n');
}

/** Seconds of the whole build of one factor: astro build (validation included) and search index, as `npm run build` runs them. */
const totalSeconds = (r: ScaleRow) => r.build.seconds + (r.searchIndex?.seconds ?? 0);

function scaleSection(rows: ScaleRow[]): string {
  const s = (t?: { ok: boolean; seconds: number }) => (t ? `${t.seconds.toFixed(1)}${t.ok ? '' : ' (failed)'}` : 'n/a');
  const realBuild = rows.find((r) => r.factor === 1)?.build;
  return [
    '## Scale',
    '',
    `Seeded synthetic evidence bases (\`scripts/synthetic/\`): the real studies plus clones under new ids with varied numbers, valid by the schemas and with real provenance quotes, \`factor\` times as many studies in all. Each is built in its own project copy exactly as \`npm run build\` does (\`astro build\`, which validates data/ before it writes anything, then the search index: \`scripts/searchIndex.ts\`, Pagefind's Node API, two parts at a time past 10,000 studies). Wall time in seconds; peak memory is the largest resident set of the step (GNU time; for the search index, the sum of the script's and those of the Pagefind processes it starts, which it reports: they run at the same time). Per-step timeout ${timeoutMs / 1000} s. Target: linear growth and the 1000x base built (validation and search index included) in under 2 minutes on 2 cores with peak memory under 2 GiB.`,
    '',
    table(
      ['factor', 'studies', 'pages', 'astro build s', 'build peak MiB', 'search index s', 'search index peak MiB', 'total s', 'build per study vs 1x', 'status'],
      rows.map((r) => {
        const total = totalSeconds(r);
        const perStudy = realBuild && r.build.ok ? ((r.build.seconds / r.studies) / (realBuild.seconds / (rows.find((x) => x.factor === 1)?.studies ?? 1))).toFixed(2) : 'n/a';
        return [`${r.factor}x`, r.studies, r.pages ?? 'n/a', s(r.build), r.build.peakMiB ?? '?', s(r.searchIndex), r.searchIndex?.peakMiB ?? 'n/a', total.toFixed(1), perStudy, r.build.ok && (r.searchIndex?.ok ?? false) ? 'ok' : `failed: ${r.build.error ?? r.searchIndex?.error ?? ''}`.replace(/\|/g, '\\|')];
      }),
    ),
    '',
    ...rows.filter((r) => r.factor === 1000).map((r) => {
      const total = totalSeconds(r);
      const peak = Math.max(r.build.peakMiB ?? 0, r.searchIndex?.peakMiB ?? 0);
      return `**1000x against the target** (under 120 s and 2,048 MiB): ${total.toFixed(1)} s (${total < 120 ? 'met' : 'missed'}), largest step peak ${peak} MiB (${peak > 0 && peak < 2048 ? 'met' : 'missed'}).`;
    }),
    '',
    '### Page weight by kind of page, at each scale',
    '',
    ...rows.filter((r) => r.kinds).flatMap((r) => [kindsTable(r.factor, r.kinds!), '']),
  ].join('\n');
}

function reproSection(r: Reproducibility): string {
  return [
    '## Reproducible build',
    '',
    'One project copy built twice (`astro build --outDir` then the search index, each time), every file of both trees hashed with SHA-256.',
    '',
    r.identical
      ? `Identical: ${r.files} files, tree hash \`${r.treeHash.slice(0, 16)}\`.`
      : `**Not identical**: ${r.differing.length} file(s) differ (${r.differing.slice(0, 10).join(', ')}), ${r.onlyInOne.length} only in one tree (${r.onlyInOne.slice(0, 10).join(', ')}).`,
  ].join('\n');
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('no built site in dist/: run `npm run build` first');
  const sections: string[] = [];
  const commit = sh('git rev-parse --short HEAD');
  const dirty = sh('git status --porcelain --untracked-files=no') ? ' (with uncommitted changes)' : '';
  const header = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); measurements, not tests. Reproduce with:',
    '',
    '```sh',
    'apt-get install -y chromium fonts-dejavu-core time   # Debian, as root: browser, font, GNU time for peak memory',
    'npm ci && npm run build                              # dist/ measured below',
    'npm run bench                                        # all sections (scale builds take a while)',
    'npm run bench -- --skip=scale,repro                  # page weight and Lighthouse only',
    'npm run bench -- --factors=1,10 --timeout=300        # fewer scale factors, per-step timeout in s',
    '```',
    '',
    `Environment: commit ${commit}${dirty}; Node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; ${sh('. /etc/os-release && echo $PRETTY_NAME')}. The machine was shared with other work while measuring (load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} over 1/5/15 min when the file was written), so timings are upper bounds.`,
  ].join('\n');

  // A skipped section keeps what the previous run measured (it says so in its own environment line).
  const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
  const NOTICE = '_(Kept from an earlier run: this run skipped it.)_';
  const keep = (heading: string) => {
    const m = previous.match(new RegExp(`(?:^|\\n)(## ${heading}\\n[\\s\\S]*?)(?=\\n## |\\n<!-- notes|$)`));
    if (m) sections.push(`${m[1]!.replace(NOTICE, '').trimEnd()}\n\n${NOTICE}`);
  };

  log('page sizes');
  sections.push(sizesSection(pageSizes(dist)));
  // Scale builds first: Lighthouse audits the 10x /studies/ while that build's copy exists.
  const scaled = new Map<number, LighthouseRow[][]>();
  let scaleText: string | undefined;
  if (!skip.has('scale')) {
    log(`scale builds at ${factors.join(', ')}x`);
    const onBuilt = async (factor: number, scaledDist: string) => {
      if (!skip.has('lighthouse') && LIGHTHOUSE_FACTORS.has(factor)) scaled.set(factor, await lighthouseRuns(scaledDist, LIGHTHOUSE_SCALE_PATHS, lighthouseRunCount));
    };
    scaleText = scaleSection(await scaleBuilds(root, factors, timeoutMs, log, onBuilt));
  }
  if (!skip.has('lighthouse')) {
    log(`Lighthouse on ${LIGHTHOUSE_PATHS.join(', ')}`);
    sections.push(lighthouseSection(await lighthouseRuns(dist, LIGHTHOUSE_PATHS.filter((p) => existsSync(join(dist, p, 'index.html'))), lighthouseRunCount), scaled));
  } else keep('Lighthouse');
  if (!skip.has('repro')) {
    log('reproducible build (two builds)');
    sections.push(reproSection(reproducibleBuild(root, timeoutMs)));
  } else keep('Reproducible build');
  if (scaleText) sections.push(scaleText);
  else keep('Scale');
  // Hand-written findings below the marker survive re-runs.
  const marker = '<!-- notes: kept by npm run bench -->';
  const notes = previous.includes(marker) ? previous.slice(previous.indexOf(marker)) : `${marker}\n`;
  writeFileSync('BENCHMARKS.md', `${header}\n\n${sections.join('\n\n')}\n\n${notes}`);
  log('wrote BENCHMARKS.md');
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
