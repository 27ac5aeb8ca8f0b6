/**
 * Lighthouse (node API, default mobile settings: Moto G Power emulation, simulated slow 4G) on a few pages
 * of dist/, served locally, in Debian's Chromium started with a debugging port. Scores 0-100 per category.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { serveStatic } from '../lib/serveStatic';
import { freePort } from './freePort';

export interface LighthouseRow {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Total blocking time (ms) and largest contentful paint (ms), simulated. */
  tbtMs: number;
  lcpMs: number;
  /** Audits that cost points (score < 1), for the reader who wants to fix them. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function waitForDevtools(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Chromium did not open its debugging port ${port}`);
}

export async function lighthouseScores(dist: string, paths: string[], chromePath: string): Promise<LighthouseRow[]> {
  const server = await serveStatic(dist);
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const chrome = spawn(
    chromePath,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  try {
    await waitForDevtools(port);
    const rows: LighthouseRow[] = [];
    for (const path of paths) {
      const result = await lighthouse(new URL(path.slice(1), server.url).toString(), { port, logLevel: 'error', onlyCategories: CATEGORIES, output: 'json' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const c = result.lhr.categories;
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      const failing = CATEGORIES.flatMap((k) =>
        (c[k]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => result.lhr.audits[ref.id]!)
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
      );
      const ms = (id: string) => Math.round(result.lhr.audits[id]?.numericValue ?? NaN);
      rows.push({ path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), tbtMs: ms('total-blocking-time'), lcpMs: ms('largest-contentful-paint'), failing: [...new Set(failing)] });
    }
    return rows;
  } finally {
    // Wait for Chromium to exit before removing its profile: it writes there until it is gone (ENOTEMPTY otherwise).
    const exited = chrome.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => chrome.once('exit', () => r()));
    chrome.kill('SIGTERM');
    await exited;
    await server.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}
