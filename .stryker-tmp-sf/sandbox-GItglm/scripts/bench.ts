/**
 * `npm run bench`: page weights of dist/, Lighthouse scores, build time and memory at scale, and a
 * reproducible-build check, written to BENCHMARKS.md with the commands that produce them. Measurements,
 * not tests: nothing here fails on a budget; over-budget pages are listed instead.
 *
 *   npm run build && npm run bench                       # everything
 *   npm run bench -- --skip=scale,repro                  # sizes and Lighthouse only
 *   npm run bench -- --factors=1,10,100 --timeout=600    # scale factors, per-step timeout (s)
 */
// @ts-nocheck

import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { lighthouseScores, type LighthouseRow } from './bench/lighthouseScores';
import { pageSizes, type PageSize } from './bench/pageSizes';
import { reproducibleBuild, type Reproducibility } from './bench/reproducibleBuild';
import { scaleBuilds, type ScaleRow } from './bench/scaleBuilds';

const root = process.cwd();
const dist = join(root, 'dist');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const skip = new Set((arg('skip') ?? '').split(',').filter(Boolean));
const factors = (arg('factors') ?? '1,10,100,1000').split(',').map(Number);
const timeoutMs = Number(arg('timeout') ?? 900) * 1000;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const log = (s: string) => console.log(`bench: ${s}`);

/** Budgets from issue 6. 14 KB: what the first round trip (10 TCP segments) can carry. */
const BUDGET = { tableJsGzip: 5 * 1024, firstRenderGzip: 14 * 1024 };
const SCRIPTED = new Set(['/studies/', '/search/']);
const LIGHTHOUSE_PATHS = ['/', '/studies/', '/questions/curative-resection/', '/figures/median-survival/'];

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
  const content = sizes.filter((p) => !SCRIPTED.has(p.path));
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
        ['JavaScript on content pages (all but /studies/ and /search/)', '0 B', withJs.length === 0 ? `0 B on all ${content.length}` : withJs.map((p) => `${p.path}: ${p.js.raw} B`).join(', '), verdict(withJs.length === 0)],
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

function lighthouseSection(rows: LighthouseRow[]): string {
  return [
    '## Lighthouse',
    '',
    `Lighthouse ${sh('node -p "require(\'lighthouse/package.json\').version"')} node API, default (mobile) settings: emulated Moto G Power, simulated slow 4G and 4x CPU slowdown; Chromium ${sh(`${chromePath} --version`).replace(/^Chromium /, '')} headless; \`dist/\` served from loopback. Target 100 in each category. Performance on this shared 2-core machine varies by a few points between runs (total blocking time is sensitive to other load).`,
    '',
    table(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 1'],
      rows.map((r) => [r.path, r.performance, r.accessibility, r.bestPractices, r.seo, r.failing.join(', ') || 'none']),
    ),
  ].join('\n');
}

function scaleSection(rows: ScaleRow[]): string {
  const s = (t?: { ok: boolean; seconds: number }) => (t ? `${t.seconds.toFixed(1)}${t.ok ? '' : ' (failed)'}` : 'n/a');
  const realBuild = rows.find((r) => r.factor === 1)?.build;
  return [
    '## Scale',
    '',
    `Seeded synthetic evidence bases (\`scripts/synthetic/\`): the real studies plus clones under new ids with varied numbers, valid by the schemas and with real provenance quotes, \`factor\` times as many studies in all. Each is built in its own project copy exactly as \`npm run build\` does (validate, \`astro build\`, Pagefind). Wall time in seconds; peak memory is the largest resident set of the step (GNU time). Per-step timeout ${timeoutMs / 1000} s. Target: linear growth and the 1000x base built in under 3 minutes on 2 cores.`,
    '',
    table(
      ['factor', 'studies', 'pages', 'validate s', 'astro build s', 'build peak MiB', 'Pagefind s', 'total s', 'build per study vs 1x', 'status'],
      rows.map((r) => {
        const total = r.validate.seconds + r.build.seconds + (r.pagefind?.seconds ?? 0);
        const perStudy = realBuild && r.build.ok ? ((r.build.seconds / r.studies) / (realBuild.seconds / (rows.find((x) => x.factor === 1)?.studies ?? 1))).toFixed(2) : 'n/a';
        return [`${r.factor}x`, r.studies, r.pages ?? 'n/a', s(r.validate), s(r.build), r.build.peakMiB ?? '?', s(r.pagefind), total.toFixed(1), perStudy, r.build.ok && r.validate.ok && (r.pagefind?.ok ?? false) ? 'ok' : `failed: ${r.validate.error ?? r.build.error ?? r.pagefind?.error ?? ''}`.replace(/\|/g, '\\|')];
      }),
    ),
  ].join('\n');
}

function reproSection(r: Reproducibility): string {
  return [
    '## Reproducible build',
    '',
    'One project copy built twice (`astro build --outDir` then Pagefind, each time), every file of both trees hashed with SHA-256.',
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
  if (!skip.has('lighthouse')) {
    log(`Lighthouse on ${LIGHTHOUSE_PATHS.join(', ')}`);
    sections.push(lighthouseSection(await lighthouseScores(dist, LIGHTHOUSE_PATHS.filter((p) => existsSync(join(dist, p, 'index.html'))), chromePath)));
  } else keep('Lighthouse');
  if (!skip.has('repro')) {
    log('reproducible build (two builds)');
    sections.push(reproSection(reproducibleBuild(root, timeoutMs)));
  } else keep('Reproducible build');
  if (!skip.has('scale')) {
    log(`scale builds at ${factors.join(', ')}x`);
    sections.push(scaleSection(scaleBuilds(root, factors, timeoutMs, log)));
  } else keep('Scale');
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
