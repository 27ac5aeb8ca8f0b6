// @ts-nocheck
import { toCslItem } from '../../lib/citation';
import type { Citation } from '../../schemas';

/**
 * schema.org ScholarlyArticle for the publication a source or study page describes, to add to the page's
 * JSON-LD graph (BaseLayout `jsonLd` prop). Verified fields only; `name` falls back to our label.
 */
export function scholarlyArticleJsonLd(citation: Citation, options: { pageUrl: string; label: string }): Record<string, unknown> {
  const item = toCslItem('record', citation);
  const article: Record<string, unknown> = {
    '@type': 'ScholarlyArticle',
    // A page holding several records passes its fragment URL ("/sources/#004_..."): keep one "#".
    '@id': options.pageUrl.includes('#') ? `${options.pageUrl}-publication` : `${options.pageUrl}#publication`,
    name: item.title ?? options.label,
    subjectOf: { '@id': options.pageUrl },
  };
  if (item.title) article.headline = item.title;
  if (item.author?.length)
    article.author = item.author.map((a) => ({
      '@type': 'Person',
      name: a.literal ?? [a.given, a.family, a.suffix].filter(Boolean).join(' '),
      ...(a.family ? { familyName: a.family } : {}),
    }));
  const year = item.issued?.['date-parts'][0][0];
  if (year !== undefined) article.datePublished = String(year);
  if (item['container-title']) article.isPartOf = { '@type': 'Periodical', name: item['container-title'] };
  if (item.page) article.pagination = item.page;
  const ids = [
    item.DOI && { '@type': 'PropertyValue', propertyID: 'DOI', value: item.DOI },
    item.PMID && { '@type': 'PropertyValue', propertyID: 'PMID', value: item.PMID },
    item.PMCID && { '@type': 'PropertyValue', propertyID: 'PMCID', value: item.PMCID },
  ].filter(Boolean);
  if (ids.length > 0) article.identifier = ids;
  if (item.DOI) article.sameAs = `https://doi.org/${item.DOI}`;
  if (item.note) article.comment = { '@type': 'Comment', text: item.note };
  return article;
}

/** One downloadable file of a Dataset. */
export interface DatasetFile {
  url: string;
  encodingFormat: string;
  name: string;
}

/** Licence names our data use, to the URL schema.org prefers; anything else is passed on as text. */
const LICENCE_URLS: Record<string, string> = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** schema.org Dataset for the /data/ page. */
export function datasetJsonLd(options: {
  name: string;
  description: string;
  pageUrl: string;
  version: string;
  licence: string;
  evidenceCurrentTo: string;
  files: DatasetFile[];
}): Record<string, unknown> {
  return {
    '@type': 'Dataset',
    '@id': `${options.pageUrl}#dataset`,
    name: options.name,
    description: options.description,
    url: options.pageUrl,
    version: options.version,
    license: LICENCE_URLS[options.licence] ?? options.licence,
    temporalCoverage: `../${options.evidenceCurrentTo}`,
    isAccessibleForFree: true,
    distribution: options.files.map((f) => ({ '@type': 'DataDownload', name: f.name, contentUrl: f.url, encodingFormat: f.encodingFormat })),
  };
}
