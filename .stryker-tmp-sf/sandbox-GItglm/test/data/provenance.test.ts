/** Every provenance quote of data/ occurs verbatim in its source document in ../shared/seeds. */
// @ts-nocheck

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuotes } from '../../src/data/checkQuotes';
import { collectProvenance } from '../../src/data/collectProvenance';
import { loadEvidence } from '../../src/data/loadEvidence';
import { formatProblem } from '../../src/data/problem';
import { isCI } from '../helpers/environment';
import { PROJECT_ROOT, SEEDS } from '../helpers/tmpProject';

const reason = `../shared/seeds not found at ${SEEDS}: provenance quotes cannot be checked (the seeds live beside the checkout in the team's machines and in CI)`;

describe('provenance', () => {
  if (!existsSync(SEEDS)) {
    if (isCI()) it('has the source documents', () => expect.fail(`CI=true: ${reason}`));
    else {
      console.warn(`[provenance] skipped: ${reason}`);
      it.skip(`skipped: ${reason}`, () => {});
    }
    return;
  }
  it('every quote occurs in its source', () => {
    const result = loadEvidence(PROJECT_ROOT);
    if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
    expect(collectProvenance(result.evidence).length).toBeGreaterThan(100);
    expect(checkQuotes(PROJECT_ROOT, result.evidence)!.map(formatProblem)).toEqual([]);
  });
});
