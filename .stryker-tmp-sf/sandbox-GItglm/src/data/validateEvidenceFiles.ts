// @ts-nocheck
import { loadEvidence, type LoadResult } from './loadEvidence';
import { memoryFiles } from './readJsonFiles';

/**
 * Validate an evidence base held in memory: root-relative path ("data/studies/x.json") -> file text.
 * Same checks as loadEvidence on disk (schemas, references), without touching the file system.
 */
export function validateEvidenceFiles(files: ReadonlyMap<string, string>): LoadResult {
  return loadEvidence(memoryFiles(files));
}
