// @ts-nocheck
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvidence } from '../../../data/site';
import { citeFiles, citeSlug, formatCitation, toCslItem, type CiteKind } from '../../../lib/citation';
import type { Citation } from '../../../schemas';

/** BibTeX, RIS and CSL-JSON of every source and study, e.g. /cite/studies/saxena-2012.bib. */
export const getStaticPaths = (() => {
  const ev = getEvidence();
  const records: Array<{ kind: CiteKind; id: string; citation: Citation }> = [
    ...ev.sources.map((s) => ({ kind: 'sources' as const, id: s.id, citation: s.citation })),
    ...ev.studies.map((s) => ({ kind: 'studies' as const, id: s.id, citation: s.citation })),
  ];
  return records.flatMap(({ kind, id, citation }) =>
    citeFiles.map((f) => {
      const slug = citeSlug(kind, id);
      return { params: { kind, file: `${slug}.${f.ext}` }, props: { body: formatCitation(toCslItem(slug, citation), f.format), mediaType: f.mediaType } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': props.mediaType as string } });
