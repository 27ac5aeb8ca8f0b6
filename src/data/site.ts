/**
 * The one evidence object the site reads: data/ loaded and validated once per build, with its notes.
 * Invalid data stops the build with one line per problem (file: path: expected, found).
 */
import { checkQuotes } from './checkQuotes';
import { consistencyNotes, type DataQualityNote } from './consistency';
import type { Evidence } from './evidence';
import { InvalidDataError, loadEvidence } from './loadEvidence';

export interface SiteEvidence extends Evidence {
  notes: DataQualityNote[];
}

/** data/ under `root` loaded, validated and quote-checked, with its notes, every time it is called. */
export function loadSiteEvidence(root: string): SiteEvidence {
  const result = loadEvidence(root);
  if (!result.ok) throw new InvalidDataError(result.problems);
  const quoteProblems = checkQuotes(root, result.evidence);
  if (quoteProblems && quoteProblems.length > 0) throw new InvalidDataError(quoteProblems);
  return { ...result.evidence, notes: consistencyNotes(result.evidence) };
}

let cached: SiteEvidence | undefined;

/** The build's evidence: loaded by the first call, the same object for every later one (whatever its root). */
export function getEvidence(root = process.cwd()): SiteEvidence {
  cached ??= loadSiteEvidence(root);
  return cached;
}
