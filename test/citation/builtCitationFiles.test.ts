import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parse } from 'node-html-parser';
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

/** The registered media type of each file (IANA, or the de facto one for BibTeX and RIS). */
const MEDIA_TYPE: Record<string, string> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};
const EXTS = Object.keys(MEDIA_TYPE);
const KINDS = ['sources', 'studies'] as const;

/** Each record's files as its page carries them: the links of its "Cite the original publication" section. */
function pageFiles(dist: string, kind: string, slug: string) {
  const html = parse(readFileSync(join(dist, kind, slug, 'index.html'), 'utf8'));
  return html.querySelectorAll('section.citation-downloads a[download]').map((a) => {
    const href = a.getAttribute('href')!;
    const comma = href.indexOf(',');
    return { name: a.getAttribute('download')!, type: a.getAttribute('type'), header: href.slice(0, comma), text: decodeURIComponent(href.slice(comma + 1)) };
  });
}

/** A bulk file's entries: BibTeX entries start with "@", RIS records end with "ER  - ". */
const entries = (text: string, ext: string) =>
  (ext === 'bib' ? text.split(/\n(?=@)/) : text.split(/(?<=^ER {2}- *)\n/m)).map((t) => t.trim()).filter((t) => t !== '');

builtSiteSuite('citation files of the built site', (dist) => {
  const records = [
    ...read('data/sources').map((r) => ({ kind: 'sources', slug: r.id.replace(/\.txt$/, ''), record: r })),
    ...read('data/studies').map((r) => ({ kind: 'studies', slug: r.id, record: r })),
  ];
  const pages = records.map((r) => ({ ...r, links: pageFiles(dist, r.kind, r.slug) }));
  const files = pages.flatMap(({ kind, slug, record, links }) =>
    EXTS.map((ext) => ({ name: `${kind}/${slug}.${ext}`, kind, slug, record, ext, text: links.find((l) => l.name === `${slug}.${ext}`)?.text ?? '' })),
  );
  const bulk = (kind: string, ext: string) => readFileSync(join(dist, 'cite', `${kind}.${ext}`), 'utf8');

  it.each(pages)('$kind/$slug links exactly its BibTeX, RIS and CSL-JSON files, carried as data: URLs', ({ slug, links }) => {
    expect(links.map((l) => l.name)).toEqual(EXTS.map((ext) => `${slug}.${ext}`));
    for (const [i, ext] of EXTS.entries()) {
      expect(links[i]!.header).toBe(`data:${MEDIA_TYPE[ext]};charset=utf-8`);
      expect(links[i]!.type).toBe(MEDIA_TYPE[ext]);
      expect(links[i]!.text.length).toBeGreaterThan(0);
    }
  });

  it.each(files)('$name parses with citation-js to one record keyed by its id', ({ text, slug, ext }) => {
    const items = new Cite(text).data;
    expect(items).toHaveLength(1);
    // The RIS specification caps ID at 20 characters; citation-js cuts longer ids there.
    expect(items[0]!.id).toBe(ext === 'ris' ? slug.slice(0, 20) : slug);
  });

  it('keeps RIS ids unique after the 20-character cut', () => {
    const ids = files.filter((f) => f.ext === 'ris').map((f) => new Cite(f.text).data[0]!.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files)('$name exports no unverified field, and its note names them', ({ text, record }) => {
    const item = new Cite(text).data[0]!;
    const unverified = Object.entries(record.citation).filter(([, f]) => typeof f === 'object' && f.status === 'unverified');
    for (const [key] of unverified) expect(item[CSL_VARIABLE[key]!], key).toBeUndefined();
    // Left out: each field a reader expects (PMCID is optional) that is absent or unverified. The note names each
    // of them, or, with none left out, says nothing of it.
    const leftOut = Object.keys(CSL_VARIABLE)
      .filter((k) => k !== 'pmcid')
      .filter((k) => {
        const f = record.citation[k];
        return typeof f !== 'object' || f.status === 'unverified';
      });
    const said = /Not verified, so left out: ([^.]*)\./.exec(String(item.note ?? ''))?.[1];
    expect(said?.split(', ').map((w) => w.toLowerCase()).sort()).toEqual(leftOut.length > 0 ? leftOut.sort() : undefined);
    const title = record.citation.title as Field | undefined;
    if (title && title.status !== 'unverified') expect(item.title).toBe(title.value);
  });

  it('writes the six bulk files under /cite/, and nothing else', () => {
    expect(readdirSync(join(dist, 'cite')).sort()).toEqual(KINDS.flatMap((k) => EXTS.map((ext) => `${k}.${ext}`)).sort());
  });

  const bulkCases = KINDS.flatMap((kind) => EXTS.map((ext) => ({ kind, ext })));
  it.each(bulkCases)('/cite/$kind.$ext holds exactly the per-record files of every $kind', ({ kind, ext }) => {
    const own = files.filter((f) => f.kind === kind && f.ext === ext);
    const text = bulk(kind, ext);
    if (ext === 'json') {
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect((JSON.parse(text) as { id: string }[]).sort(byId)).toEqual(own.flatMap((f) => JSON.parse(f.text) as { id: string }[]).sort(byId));
    } else {
      expect(entries(text, ext).sort()).toEqual(own.map((f) => f.text.trim()).sort());
    }
    // Read as reference managers read it: one record per source or study, the same records as the pages offer.
    const ids = (data: Record<string, unknown>[]) => data.map((d) => String(d.id)).sort();
    expect(ids(new Cite(text).data)).toEqual(ids(own.map((f) => new Cite(f.text).data[0]!)));
    expect(new Cite(text).data).toHaveLength(own.length);
  });

  it('/data/ links each bulk file with its size as the file in dist/ has it', () => {
    const html = parse(readFileSync(join(dist, 'data', 'index.html'), 'utf8'));
    for (const { kind, ext } of bulkCases) {
      const name = `${kind}.${ext}`;
      const a = html.querySelectorAll('a[download]').find((x) => x.getAttribute('href')!.endsWith(`/cite/${name}`));
      expect(a?.text, name).toBe(name);
      const bytes = Buffer.byteLength(bulk(kind, ext), 'utf8');
      const size = html.querySelector(`.file-size[data-file="${name}"]`)!;
      expect(Number(size.getAttribute('data-bytes'))).toBe(bytes);
      expect(size.text).toMatch(new RegExp(`, ${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB\\)$`));
    }
  });
});
