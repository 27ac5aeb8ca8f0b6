/**
 * The one evidence object the site reads: data/ loaded and validated once per build, with its notes.
 * Invalid data stops the build with one line per problem (file: path: expected, found).
 */
// @ts-nocheck

import { checkQuotes } from './checkQuotes';
import { consistencyNotes, type DataQualityNote } from './consistency';
import type { Evidence } from './evidence';
import { InvalidDataError, loadEvidence } from './loadEvidence';

export interface SiteEvidence extends Evidence {
  notes: DataQualityNote[];
}

let cached: SiteEvidence | undefined;

export function getEvidence(root = process.cwd()): SiteEvidence {
  if (cached) return cached;
  const result = loadEvidence(root);
  if (!result.ok) throw new InvalidDataError(result.problems);
  const quoteProblems = checkQuotes(root, result.evidence);
  if (quoteProblems && quoteProblems.length > 0) throw new InvalidDataError(quoteProblems);
  cached = { ...result.evidence, notes: consistencyNotes(result.evidence) };
  return cached;
}
