/**
 * Data strings that look like HTML or script reach the built pages as text: a copy of the project whose data
 * carries attack strings in labels, titles and summaries is built, and no element, attribute or script they
 * spell appears in the output (HTML and SVG); in Chromium none of them runs.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BROWSER_TIMEOUT } from '../browser/browserSuite';
import { findChromium, suiteWhen } from '../helpers/environment';
import { serveStatic } from '../../scripts/lib/serveStatic';
import { astroBuild, projectCopy } from './buildCopy';

/** Each attack sets a different window.__xss value if it ever runs. */
const ATTACKS = {
  studyLabel: '<script>window.__xss=1</script>Saxena',
  groupLabel: '"><img src=x onerror="window.__xss=2">',
  questionTitle: '</title><script>window.__xss=3</script>',
  factLabel: "'><svg onload=window.__xss=4>",
  studySummary: '</script><script>window.__xss=5</script><!--',
  groupDescription: '<a href="javascript:window.__xss=6">click</a>',
};

function files(dir: string, ext: RegExp, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) files(join(dir, e.name), ext, out);
    else if (ext.test(e.name)) out.push(join(dir, e.name));
  return out;
}

/** The copy's build: 12 s on an idle 2-core machine; 15 minutes so that only a hung build, never load, ends it. */
const BUILD_TIMEOUT = 900_000;

describe('data strings render as text', () => {
  let base: string;
  let dist: string;
  beforeAll(() => {
    const copy = projectCopy();
    base = copy.base;
    dist = join(base, 'dist');
    const edit = (rel: string, f: (j: any) => void) => {
      const p = join(copy.root, rel);
      const j = JSON.parse(readFileSync(p, 'utf8'));
      f(j);
      writeFileSync(p, JSON.stringify(j, null, 2));
    };
    edit('data/studies/saxena-2012.json', (s) => {
      s.label = ATTACKS.studyLabel;
      s.summary = ATTACKS.studySummary;
      s.groups[0].label = ATTACKS.groupLabel;
      s.groups[0].description = ATTACKS.groupDescription;
    });
    edit('data/questions/curative-resection.json', (q) => (q.title = ATTACKS.questionTitle));
    edit('data/topics/ablation.json', (t) => (t.facts[0].label = ATTACKS.factLabel));
    astroBuild(copy.root, dist, BUILD_TIMEOUT);
  }, BUILD_TIMEOUT);
  afterAll(() => process.env.KEEP_BUILD ? console.log(base) : base && rmSync(base, { recursive: true, force: true }));

  it('the attack strings reach the pages, escaped', () => {
    const html = files(dist, /\.html$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;Saxena');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;window.__xss=3&lt;/script&gt;');
  });

  it('no element, event handler, javascript: URL or script they spell exists in any HTML page', () => {
    const found: string[] = [];
    for (const f of files(dist, /\.html$/)) {
      const rel = f.slice(dist.length);
      const root = parse(readFileSync(f, 'utf8'), { comment: true });
      for (const el of root.querySelectorAll('*') as HTMLElement[]) {
        for (const [name, value] of Object.entries(el.attributes)) {
          if (/^on/i.test(name)) found.push(`${rel}: <${el.tagName.toLowerCase()} ${name}>`);
          if (/^\s*javascript:/i.test(value)) found.push(`${rel}: <${el.tagName.toLowerCase()} ${name}="${value}">`);
        }
        if (el.tagName === 'SCRIPT') {
          const text = el.textContent;
          if (el.getAttribute('type') === 'application/ld+json') {
            // Data, not code: it must stay one parseable JSON value that holds the strings as data.
            expect(() => JSON.parse(text), `${rel}: JSON-LD`).not.toThrow();
            if (/<\/script/i.test(text)) found.push(`${rel}: "</script" inside JSON-LD`);
          } else if (text.includes('__xss')) found.push(`${rel}: script containing __xss`);
        }
        if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push(`${rel}: <img src=x>`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no SVG written by the build carries script or event handlers', () => {
    // Markup only: the attack text itself may appear escaped inside <title>/<desc>.
    const bad = files(dist, /\.svg$/)
      .filter((f) => /<script|<[a-z][^>]*\son\w+\s*=|<[a-z][^>]*=\s*["']?\s*javascript:/i.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(dist.length));
    expect(bad).toEqual([]);
  });

  suiteWhen('in Chromium', [findChromium()], () => {
    it('nothing the attack strings spell runs', { timeout: BROWSER_TIMEOUT }, async () => {
      const server = await serveStatic(dist);
      // The run's shared Chromium (test/globalSetup.ts); closing this connection leaves it running.
      const browser = await chromium.connect(inject('shared').wsEndpoint, { timeout: 0 });
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(0);
        page.setDefaultNavigationTimeout(0);
        const ran: string[] = [];
        page.on('dialog', (d) => (ran.push(`dialog ${d.message()}`), d.dismiss()));
        const statuses: string[] = [];
        for (const path of ['', 'studies/', 'studies/saxena-2012/', 'questions/curative-resection/', 'questions/', 'topics/ablation/', 'figures/', 'search/']) {
          const res = await page.goto(server.url + path);
          statuses.push(`/${path} ${res?.status()}`);
          const xss = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
          if (xss !== undefined) ran.push(`/${path}: window.__xss = ${xss}`);
        }
        // Every page an attack string reaches was built and loaded (a 404 would check nothing).
        expect(statuses.filter((s) => !s.endsWith(' 200'))).toEqual([]);
        expect(ran).toEqual([]);
      } finally {
        // The context first: the shared Chromium outlives this connection, and its page's late requests (the
        // favicon) reached the server after the build folder was removed.
        await context.close();
        await browser.close();
        await server.close();
      }
    });
  });
});
