/**
 * Astro integration: data/ is loaded and validated once, when `astro build` starts and before it writes anything,
 * and the pages are built from that evidence (src/data/site.ts's getEvidence). Invalid data stops the build there
 * with the lines `npm run validate` prints (file: JSON path: expected ..., found ...), no stack trace and no
 * partial site; `npm run build` no longer runs a separate validation first, which read and checked all of data/ a
 * second time (6 s at 1000x, issue 13).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { InvalidDataError } from '../data/loadEvidence';
import { formatProblem } from '../data/problem';
import { loadBuildEvidence } from '../data/site';

export function validateData(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'nelm-validate-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        try {
          // Under CI the source documents must be there, as for `npm run validate`: every quote is checked.
          const ev = loadBuildEvidence(root, { requireSources: process.env.CI === 'true' });
          logger.info(`data/ is valid: ${ev.sources.length} sources, ${ev.studies.length} studies, ${ev.notes.length} data-quality note(s) (${Math.round(performance.now() - started)} ms)`);
        } catch (error) {
          if (!(error instanceof InvalidDataError)) throw error;
          for (const p of error.problems) console.error(formatProblem(p));
          console.error(`\nbuild: ${error.problems.length} problem(s) in data/; nothing was built.`);
          process.exit(1);
        }
      },
    },
  };
}
