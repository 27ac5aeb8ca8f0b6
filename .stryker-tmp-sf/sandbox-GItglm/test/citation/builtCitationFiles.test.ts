// @ts-nocheck
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { expect, it } from 'vitest';
import { builtSiteSuite } from '../search/builtSiteSuite';

type Field = { value: string; status: string };
type Record_ = { id: string; citation: Record<string, Field | string | undefined> };
const read = (folder: string) =>
  readdirSync(folder)
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(readFileSync(join(folder, n), 'utf8')) as Record_);

/** Our citation field -> the CSL-JSON variable it would be written to. */
const CSL_VARIABLE: Record<string, string> = {
  title: 'title',
  authors: 'author',
  journal: 'container-title',
  year: 'issued',
  volume: 'volume',
  issue: 'issue',
  pages: 'page',
  doi: 'DOI',
  pmid: 'PMID',
  pmcid: 'PMCID',
};

builtSiteSuite('citation files written by the build', (dist) => {
  const records = [
    ...read('data/sources').map((r) => ({ kind: 'sources', slug: r.id.replace(/\.txt$/, ''), record: r })),
    ...read('data/studies').map((r) => ({ kind: 'studies', slug: r.id, record: r })),
  ];
  const files = records.flatMap(({ kind, slug, record }) =>
    ['bib', 'ris', 'json'].map((ext) => ({ name: `${kind}/${slug}.${ext}`, path: join(dist, 'cite', kind, `${slug}.${ext}`), slug, record, ext })),
  );

  it('writes BibTeX, RIS and CSL-JSON for every source and study, and nothing else', () => {
    const written = ['sources', 'studies'].flatMap((k) => readdirSync(join(dist, 'cite', k)).map((n) => `${k}/${n}`)).sort();
    expect(written).toEqual(files.map((f) => f.name).sort());
  });

  it.each(files)('$name parses with citation-js to one record keyed by its id', ({ path, slug, ext }) => {
    const items = new Cite(readFileSync(path, 'utf8')).data;
    expect(items).toHaveLength(1);
    // The RIS specification caps ID at 20 characters; citation-js cuts longer ids there.
    expect(items[0]!.id).toBe(ext === 'ris' ? slug.slice(0, 20) : slug);
  });

  it('keeps RIS ids unique after the 20-character cut', () => {
    const ids = files.filter((f) => f.ext === 'ris').map((f) => new Cite(readFileSync(f.path, 'utf8')).data[0]!.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files)('$name exports no unverified field, and its note names them', ({ path, record }) => {
    const item = new Cite(readFileSync(path, 'utf8')).data[0]!;
    const unverified = Object.entries(record.citation).filter(([, f]) => typeof f === 'object' && f.status === 'unverified');
    for (const [key] of unverified) expect(item[CSL_VARIABLE[key]!], key).toBeUndefined();
    const verified = Object.entries(record.citation).filter(([k, f]) => typeof f === 'object' && f.status !== 'unverified' && k in CSL_VARIABLE);
    if (unverified.length > 0 || verified.length < 9) expect(String(item.note)).toMatch(/Not verified, so left out: /);
    const title = record.citation.title as Field | undefined;
    if (title && title.status !== 'unverified') expect(item.title).toBe(title.value);
  });
});
