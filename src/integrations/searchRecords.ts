/**
 * Astro integration: when a build has written the site, it leaves the study search records for the index step
 * (src/search/recordsFile.ts says why and how the index knows they still hold). List it before validateData: the
 * fingerprint of data/ is taken before the build reads data/, so a file changed while the build ran makes the
 * records stale rather than wrongly fresh.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getEvidence } from '../data/site';
import { dataFingerprint, writeSearchRecords } from '../search/recordsFile';
import { studySearchRecord } from '../search/studyRecord';

export function searchRecords(): AstroIntegration {
  let root = process.cwd();
  let fingerprint: string | undefined;
  return {
    name: 'nelm-search-records',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        fingerprint = dataFingerprint(root);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (fingerprint === undefined) return;
        const started = performance.now();
        const ev = getEvidence(root);
        try {
          writeSearchRecords(root, fileURLToPath(dir), fingerprint, ev.studies.map((study) => studySearchRecord(study, ev)));
          logger.info(`${ev.studies.length} study search records left for the search index (${Math.round(performance.now() - started)} ms)`);
        } catch (error) {
          // A cache that cannot be written (a read-only node_modules) must not fail a build that succeeded: the
          // index step then makes the records from data/.
          logger.warn(`study search records not left for the search index (${error instanceof Error ? error.message : String(error)}); it will make them from data/`);
        }
      },
    },
  };
}
