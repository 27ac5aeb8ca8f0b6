// @ts-nocheck
import { checkReferences } from './checkReferences';
import type { Evidence } from './evidence';
import { parseEvidence } from './parseEvidence';
import { formatProblem, type Problem } from './problem';
import type { DataFiles } from './readJsonFiles';

export type LoadResult = { ok: true; evidence: Evidence } | { ok: false; problems: Problem[] };

/** Read, schema-check and cross-check data/ under `root` (or given as DataFiles). Never throws for bad data: returns the problems. */
export function loadEvidence(root: string | DataFiles): LoadResult {
  const { evidence, problems } = parseEvidence(root);
  if (!evidence) return { ok: false, problems };
  const refs = checkReferences(evidence);
  return refs.length > 0 ? { ok: false, problems: refs } : { ok: true, evidence };
}

/** Thrown by the site build when data/ is invalid; its message is one line per problem. */
export class InvalidDataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`data/ is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'InvalidDataError';
  }
}
