/**
 * Every provenance quote shown in dist/ occurs verbatim in the source document it names (../shared/seeds/),
 * so a number changed inside a rendered quote, in data/ or in dist/, fails here. The source text is read and
 * normalised in this file (whitespace collapsed; a hyphen at a line end read both as joining and as kept),
 * independently of the site's own quote checker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { htmlPages, SEEDS, seeds, siteUnderTest, suiteWhen } from '../helpers/environment';

const site = siteUnderTest();
const sources = seeds();

const squash = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
const readings = new Map<string, string[]>();
function sourceReadings(file: string): string[] {
  if (!readings.has(file)) {
    const raw = readFileSync(join(SEEDS, file), 'utf8');
    readings.set(file, [squash(raw.replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '$1')), squash(raw.replace(/-[ \t]*\r?\n\s*/g, '-'))]);
  }
  return readings.get(file)!;
}

suiteWhen('quotes shown in dist/ are verbatim in their sources', [site, sources], () => {
  const pages = htmlPages(site.dir);
  const quotesOf = (path: string) =>
    parse(readFileSync(join(site.dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8'))
      .querySelectorAll('blockquote.prov-quote')
      .map((q) => ({ source: q.getAttribute('data-source') ?? '', text: q.textContent }));
  const withQuotes = pages.map((p) => [p, quotesOf(p)] as const).filter(([, q]) => q.length > 0);

  it('finds quotes on study, question and methods pages', () => {
    const paths = withQuotes.map(([p]) => p);
    for (const p of ['/studies/mayo-2011/', '/questions/curative-resection/', '/methods/', '/recommendations/']) expect(paths).toContain(p);
  });

  it.each(withQuotes)('%s', (path, quotes) => {
    const wrong = quotes.filter((q) => !existsSync(join(SEEDS, q.source)) || !sourceReadings(q.source).some((r) => r.includes(squash(q.text))));
    if (wrong.length > 0) expect.fail(`${wrong.length} quote(s) on ${path} not found verbatim in their source:\n${wrong.map((q) => `${q.source}: "${squash(q.text)}"`).join('\n')}`);
  });
});
