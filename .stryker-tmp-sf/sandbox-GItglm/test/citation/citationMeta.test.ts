// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { citationMeta } from '../../src/components/cite/citationMeta';
import { scholarlyArticleJsonLd } from '../../src/components/cite/jsonLd';
import { Citation } from '../../src/schemas';

const musunuru = Citation.parse({
  type: 'article-journal',
  title: { value: 'Metastatic neuroendocrine hepatic tumors: resection improves survival', status: 'seen' },
  authors: { value: 'Musunuru S, Chen H, Weber SM', status: 'seen' },
  journal: { value: 'Arch Surg', status: 'seen' },
  year: { value: '2006', status: 'seen' },
  volume: { value: '141', status: 'seen' },
  issue: { value: '10', status: 'seen' },
  pages: { value: '1000-4', status: 'seen' },
  doi: { value: '10.1001/archsurg.141.10.1000', status: 'seen' },
  pmid: { value: '17043278', status: 'unverified' },
});

describe('citationMeta (Highwire Press tags)', () => {
  it('writes the verified fields, one citation_author per author, the last page in full', () => {
    expect(citationMeta(musunuru, 'Musunuru 2006')).toEqual({
      citation_title: 'Metastatic neuroendocrine hepatic tumors: resection improves survival',
      citation_author: ['Musunuru, S.', 'Chen, H.', 'Weber, S. M.'],
      citation_journal_title: 'Arch Surg',
      citation_publication_date: '2006',
      citation_volume: '141',
      citation_issue: '10',
      citation_firstpage: '1000',
      citation_lastpage: '1004',
      citation_doi: '10.1001/archsurg.141.10.1000',
    });
  });

  it('names a record without a verified title by its label, marked as not verified, and invents no author', () => {
    const meta = citationMeta(Citation.parse({ type: 'article-journal', asPrinted: 'Karabulut et al., 2011', authors: { value: 'Karabulut K', status: 'unverified' } }), 'Karabulut 2011');
    expect(meta).toEqual({ citation_title: 'Karabulut 2011 (bibliographic record not verified)' });
  });
});

describe('scholarlyArticleJsonLd', () => {
  it('describes the publication with verified identifiers only', () => {
    const ld = scholarlyArticleJsonLd(musunuru, { pageUrl: 'https://example.org/studies/musunuru-2006/', label: 'Musunuru 2006' });
    expect(ld['@type']).toBe('ScholarlyArticle');
    expect(ld.name).toBe('Metastatic neuroendocrine hepatic tumors: resection improves survival');
    expect(ld.sameAs).toBe('https://doi.org/10.1001/archsurg.141.10.1000');
    expect(JSON.stringify(ld)).not.toContain('17043278');
  });
});
