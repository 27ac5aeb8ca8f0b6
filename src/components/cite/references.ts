/**
 * The Vancouver and APA texts of a study's or source's reference. The first request queues every printable
 * record of the evidence base on the formatting worker (src/lib/citation/referenceWorker.ts), sources first,
 * then studies in page order, so most texts are ready when their page is rendered.
 */
import { getEvidence } from '../../data/site';
import { citeSlug, formatReferencesAhead, hasPrintableReference, toCslItem, type CslItem, type ReferenceTexts } from '../../lib/citation';

let lookup: ((item: CslItem) => Promise<ReferenceTexts>) | undefined;

export function referenceTexts(item: CslItem): Promise<ReferenceTexts> {
  if (!lookup) {
    const ev = getEvidence();
    const items = [...ev.sources.map((s) => toCslItem(citeSlug('sources', s.id), s.citation)), ...ev.studies.map((s) => toCslItem(citeSlug('studies', s.id), s.citation))];
    lookup = formatReferencesAhead(process.cwd(), items.filter(hasPrintableReference));
  }
  return lookup(item);
}
