// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { Citation } from '../../src/schemas';
import { formatCitation, parseAuthors, toCslItem } from '../../src/lib/citation';

// A record in the shape of shared/seeds/citations.md: some fields seen, one secondary, some unverified.
const yao = Citation.parse({
  asPrinted: 'Yao et al., 2011',
  type: 'article-journal',
  title: { value: 'Indications and results of liver resection', status: 'seen' },
  authors: { value: 'Yao KA, Talamonti MS, Nemcek AA Jr, Benson AB 3rd', status: 'seen' },
  journal: { value: 'Surgery', status: 'seen' },
  year: { value: '2001', status: 'seen' },
  volume: { value: '130', status: 'seen' },
  issue: { value: '4', status: 'secondary' },
  pages: { value: '677-82', status: 'unverified' },
  doi: { value: '10.9999/guess', status: 'unverified' },
  pmid: { value: '11602899', status: 'from-url' },
});

describe('toCslItem', () => {
  const item = toCslItem('yao-2011', yao);

  it('exports seen, secondary and from-url fields', () => {
    expect(item.title).toBe('Indications and results of liver resection');
    expect(item['container-title']).toBe('Surgery');
    expect(item.issued).toEqual({ 'date-parts': [[2001]] });
    expect(item.volume).toBe('130');
    expect(item.issue).toBe('4');
    expect(item.PMID).toBe('11602899');
  });

  it('never exports an unverified field, and names it in the note', () => {
    expect(item.page).toBeUndefined();
    expect(item.DOI).toBeUndefined();
    expect(JSON.stringify(item)).not.toContain('10.9999/guess');
    expect(item.note).toMatch(/Not verified, so left out: pages, DOI\./);
    expect(item.note).toMatch(/another paper's reference list[^.]*: issue\./);
    expect(item.note).toMatch(/address of a matching record page: PMID\./);
    expect(item.note).toContain('Yao et al., 2011');
  });

  it('keeps the given id as the citation key', () => {
    expect(item.id).toBe('yao-2011');
    expect(formatCitation(item, 'bibtex')).toMatch(/^@article\{yao-2011,/);
    expect(formatCitation(item, 'ris')).toMatch(/^ID {2}- yao-2011$/m);
  });

  it('writes an empty record as a note only', () => {
    const empty = toCslItem('unknown', Citation.parse({ type: 'paper-conference', recordNote: 'Meeting not identified.' }));
    expect(Object.keys(empty).sort()).toEqual(['citation-key', 'id', 'note', 'type']);
    expect(empty.note).toContain('left out: authors, title, journal, year, volume, issue, pages, DOI, PMID.');
    expect(empty.note).toContain('Meeting not identified.');
  });
});

describe('parseAuthors', () => {
  it('splits "Family Initials" with suffixes and punctuates initials', () => {
    expect(parseAuthors('Nemcek AA Jr, Benson AB 3rd, Gut P').names).toEqual([
      { family: 'Nemcek', given: 'A. A.', suffix: 'Jr' },
      { family: 'Benson', given: 'A. B.', suffix: '3rd' },
      { family: 'Gut', given: 'P.' },
    ]);
  });
  it('reports a trailing "et al." instead of inventing an author', () => {
    const r = parseAuthors('Chamberlain RS, Canes D, Brown KT, et al.');
    expect(r.truncated).toBe(true);
    expect(r.names.map((n) => n.family)).toEqual(['Chamberlain', 'Canes', 'Brown']);
  });
  it('keeps a name it cannot split as a literal', () => {
    expect(parseAuthors('NET Study Group').names).toEqual([{ literal: 'NET Study Group' }]);
  });
});

describe('formatCitation', () => {
  const item = toCslItem('yao-2011', yao);

  it('prints Vancouver in NLM order with initials run together', () => {
    const v = formatCitation(item, 'vancouver');
    expect(v.startsWith('Yao KA, Talamonti MS, Nemcek AA Jr, Benson AB 3rd. Indications and results of liver resection. Surgery. 2001;130(4)')).toBe(true);
  });

  it('prints APA with the year in parentheses after the authors', () => {
    const a = formatCitation(item, 'apa');
    expect(a).toMatch(/^Yao, K\. A\., Talamonti, M\. S\., .*Benson, A\. B\., 3rd\. \(2001\)\. Indications and results of liver resection\. Surgery, 130\(4\)/);
  });

  it('writes files that citation-js reads back to the same record', () => {
    for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
      const back = new Cite(formatCitation(item, format)).data;
      expect(back, format).toHaveLength(1);
      expect(back[0]!.title, format).toBe(item.title);
      expect(back[0]!.note, format).toBe(item.note);
      expect((back[0]!.author as Array<{ family: string }>).map((n) => n.family), format).toEqual(['Yao', 'Talamonti', 'Nemcek', 'Benson']);
    }
  });

  it('writes RIS without wrapped lines', () => {
    for (const line of formatCitation(item, 'ris').trimEnd().split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
  });
});
