// @ts-nocheck
import { sourceIds, topicSlugs } from '../schemas';
import type { Evidence } from './evidence';
import type { Problem } from './problem';

/** Report every id that appears twice in a list. */
function duplicates(file: string, base: string, ids: readonly string[], problems: Problem[]): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else problems.push({ file, path: `${base}[${i}].id`, expected: `a unique id (first used at ${base}[${first}])`, found: `duplicate id ${JSON.stringify(id)}` });
  });
}

function unknown(file: string, path: string, id: string, known: ReadonlySet<string>, what: string): Problem | undefined {
  return known.has(id) ? undefined : { file, path, expected: `the id of a known ${what}`, found: `unknown id ${JSON.stringify(id)}` };
}

/** Cross-file rules the schemas cannot see: unique ids, references that resolve, required records present. */
export function checkReferences(ev: Evidence): Problem[] {
  const problems: Problem[] = [];
  const push = (p: Problem | undefined) => p && problems.push(p);
  const studyIds = new Set(ev.studies.map((s) => s.id));
  const questionIds = new Set(ev.questions.map((q) => q.id));

  for (const id of sourceIds)
    if (!ev.sources.some((s) => s.id === id))
      problems.push({ file: `data/sources/${id.replace(/\.txt$/, '')}.json`, path: '$', expected: `a record for source ${id}`, found: 'no file' });
  for (const slug of topicSlugs)
    if (!ev.topics.some((t) => t.id === slug)) problems.push({ file: `data/topics/${slug}.json`, path: '$', expected: `a record for topic ${slug}`, found: 'no file' });

  const numbers = new Map<number, string>();
  for (const q of ev.questions) {
    const file = ev.files[`questions/${q.id}`]!;
    const other = numbers.get(q.number);
    if (other) problems.push({ file, path: '$.number', expected: `a question number not used by ${other}`, found: `number ${q.number}` });
    numbers.set(q.number, q.id);
    q.studies.forEach((id, i) => push(unknown(file, `$.studies[${i}]`, id, studyIds, 'study')));
    q.summaryOfFindings.forEach((row, r) => row.studies.forEach((id, i) => push(unknown(file, `$.summaryOfFindings[${r}].studies[${i}]`, id, studyIds, 'study'))));
  }

  for (const s of ev.studies) {
    const file = ev.files[`studies/${s.id}`]!;
    duplicates(file, '$.groups', s.groups.map((g) => g.id), problems);
    duplicates(file, '$.outcomes', s.outcomes.map((o) => o.id), problems);
    duplicates(file, '$.comparisons', s.comparisons.map((c) => c.id), problems);
    const groups = new Set(s.groups.map((g) => g.id));
    const outcomes = new Set(s.outcomes.map((o) => o.id));
    s.outcomes.forEach((o, i) => push(unknown(file, `$.outcomes[${i}].group`, o.group, groups, 'group of this study')));
    s.comparisons.forEach((c, i) => c.outcomes.forEach((id, j) => push(unknown(file, `$.comparisons[${i}].outcomes[${j}]`, id, outcomes, 'outcome of this study'))));
    s.comparisons.forEach((c, i) => c.groups.forEach((id, j) => push(unknown(file, `$.comparisons[${i}].groups[${j}]`, id, groups, 'group of this study'))));
    s.questions.forEach((id, i) => push(unknown(file, `$.questions[${i}]`, id, questionIds, 'question')));
  }
  for (const t of ev.topics) duplicates(ev.files[`topics/${t.id}`]!, '$.facts', t.facts.map((f) => f.id), problems);
  return problems;
}
