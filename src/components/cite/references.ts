/**
 * The Vancouver and APA texts of a study's or source's reference. formatReferencesNow (or else the first request)
 * queues every printable record of the evidence base on the formatting worker (src/lib/citation/referenceWorker.ts),
 * sources first, then studies in page order, so most texts are ready when their page is rendered.
 */
import { citeItems } from '../../data/export';
import { formatReferencesAhead, hasPrintableReference, type CslItem, type ReferenceTexts } from '../../lib/citation';

let lookup: ((item: CslItem) => Promise<ReferenceTexts>) | undefined;

/**
 * Queues every record on the worker now. Called from the study pages' getStaticPaths, which Astro runs for every
 * route before it renders any page: the worker then has the whole build before the study pages to format, where
 * started by the first page that asks it still had most of its work left when they came (issue 13: at 1000x its
 * 57 s of formatting showed as about 30 s of the build waiting).
 */
export function formatReferencesNow(): void {
  if (lookup) return;
  lookup = formatReferencesAhead(process.cwd(), [...citeItems('sources'), ...citeItems('studies')].filter(hasPrintableReference));
}

export function referenceTexts(item: CslItem): Promise<ReferenceTexts> {
  formatReferencesNow();
  return lookup!(item);
}
