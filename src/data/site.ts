/**
 * The one evidence object the site reads: data/ loaded and validated once per build, with its notes.
 * Invalid data stops the build with one line per problem (file: path: expected, found).
 */
import { checkQuotes, SEEDS_DIR } from './checkQuotes';
import { consistencyNotes, type DataQualityNote } from './consistency';
import type { Evidence } from './evidence';
import { InvalidDataError, loadEvidence } from './loadEvidence';

export interface SiteEvidence extends Evidence {
  notes: DataQualityNote[];
}

/**
 * data/ under `root` loaded, validated and quote-checked, with its notes, every time it is called. With
 * `requireSources`, missing source documents are a problem too (as `npm run validate` treats them under CI).
 */
export function loadSiteEvidence(root: string, { requireSources = false } = {}): SiteEvidence {
  const result = loadEvidence(root);
  if (!result.ok) throw new InvalidDataError(result.problems);
  const quoteProblems = checkQuotes(root, result.evidence);
  if (quoteProblems === null && requireSources) {
    throw new InvalidDataError([{ file: SEEDS_DIR, path: '$', expected: 'the source documents, to check every provenance quote against', found: 'no such folder' }]);
  }
  if (quoteProblems && quoteProblems.length > 0) throw new InvalidDataError(quoteProblems);
  return { ...result.evidence, notes: consistencyNotes(result.evidence) };
}

/**
 * Where src/integrations/validateData.ts leaves the evidence it validated before `astro build` wrote anything. The
 * pages' code is a bundle of its own, with its own copy of this module, so the hand-over is through the process.
 */
const BUILD_EVIDENCE = Symbol.for('nelm-evidence.build-evidence');
type WithBuildEvidence = { [BUILD_EVIDENCE]?: SiteEvidence };

/** Loads and validates data/ for a build (failing as loadSiteEvidence does) and keeps it for the build's pages. */
export function loadBuildEvidence(root: string, options: { requireSources?: boolean } = {}): SiteEvidence {
  const evidence = loadSiteEvidence(root, options);
  (globalThis as WithBuildEvidence)[BUILD_EVIDENCE] = evidence;
  return evidence;
}

let cached: SiteEvidence | undefined;

/**
 * The build's evidence: the one validated when the build started, else (dev server, tests, scripts) loaded by the
 * first call; the same object for every later one (whatever its root).
 */
export function getEvidence(root = process.cwd()): SiteEvidence {
  cached ??= (globalThis as WithBuildEvidence)[BUILD_EVIDENCE] ?? loadSiteEvidence(root);
  return cached;
}
