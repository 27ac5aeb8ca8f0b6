/** Every provenance quote of data/ occurs verbatim in its source document in ../shared/seeds. */
import { expect, it } from 'vitest';
import { checkQuotes } from '../../src/data/checkQuotes';
import { collectProvenance } from '../../src/data/collectProvenance';
import { loadEvidence } from '../../src/data/loadEvidence';
import { formatProblem } from '../../src/data/problem';
import { PROJECT_ROOT, seeds, suiteWhen } from '../helpers/environment';

suiteWhen('provenance', [seeds()], () => {
  it('every quote occurs in its source', () => {
    const result = loadEvidence(PROJECT_ROOT);
    if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
    expect(collectProvenance(result.evidence).length).toBeGreaterThan(100);
    expect(checkQuotes(PROJECT_ROOT, result.evidence)!.map(formatProblem)).toEqual([]);
  });
});
