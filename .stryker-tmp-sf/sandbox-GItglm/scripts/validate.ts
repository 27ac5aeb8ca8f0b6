/**
 * `npm run validate`: schema, reference and provenance checks of data/, one line per problem
 * (file: JSON path: expected ..., found ...). Exit 1 on any problem. Data-quality notes are listed, not fatal.
 */
// @ts-nocheck

import { checkQuotes } from '../src/data/checkQuotes';
import { loadEvidence } from '../src/data/loadEvidence';
import { formatProblem } from '../src/data/problem';
import { consistencyNotes } from '../src/data/consistency';

const root = process.cwd();
try {
  const result = loadEvidence(root);
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(`\nvalidate: ${result.problems.length} problem(s) in data/; nothing was built.`);
    process.exit(1);
  }
  const quoteProblems = checkQuotes(root, result.evidence);
  if (quoteProblems === null) {
    const msg = 'validate: ../shared/seeds not found: provenance quotes were not checked.';
    if (process.env.CI === 'true') {
      console.error(msg);
      process.exit(1);
    }
    console.warn(msg);
  } else if (quoteProblems.length > 0) {
    for (const p of quoteProblems) console.error(formatProblem(p));
    console.error(`\nvalidate: ${quoteProblems.length} quote(s) not found in their source.`);
    process.exit(1);
  }
  const ev = result.evidence;
  const notes = consistencyNotes(ev);
  const outcomes = ev.studies.reduce((n, s) => n + s.outcomes.length, 0);
  console.log(`validate: data/ is valid: ${ev.sources.length} sources, ${ev.studies.length} studies, ${outcomes} outcomes, ${ev.questions.length} questions, ${ev.topics.length} topics.`);
  console.log(`validate: ${notes.length} data-quality note(s) attached (reported by the sources, not errors):`);
  for (const n of notes) console.log(`  - ${n.file}: ${n.path}: ${n.message}`);
} catch (error) {
  // A bug in the validator itself, not in the data: say so in one line rather than a bare stack trace.
  console.error(`validate: internal error while checking data/: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
