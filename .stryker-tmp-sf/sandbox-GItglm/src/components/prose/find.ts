// @ts-nocheck
import { getEvidence } from '../../data/site';
import type { Comparison, ContextFact, Group, Outcome, Study } from '../../schemas';

// Prose components look records up by id and stop the build on a dangling id, so a typo never renders as blank text.
function fail(what: string): never {
  throw new Error(`content/: ${what} does not exist in data/`);
}
export function findStudy(id: string): Study {
  return getEvidence().studies.find((s) => s.id === id) ?? fail(`study "${id}"`);
}
export function findOutcome(study: string, id: string): { study: Study; outcome: Outcome } {
  const s = findStudy(study);
  return { study: s, outcome: s.outcomes.find((o) => o.id === id) ?? fail(`outcome "${id}" of study "${study}"`) };
}
export function findGroup(study: string, id: string): { study: Study; group: Group } {
  const s = findStudy(study);
  return { study: s, group: s.groups.find((g) => g.id === id) ?? fail(`group "${id}" of study "${study}"`) };
}
export function findComparison(study: string, id: string): { study: Study; comparison: Comparison } {
  const s = findStudy(study);
  return { study: s, comparison: s.comparisons.find((c) => c.id === id) ?? fail(`comparison "${id}" of study "${study}"`) };
}
export function findFact(topic: string, id: string): ContextFact {
  const t = getEvidence().topics.find((x) => x.id === topic) ?? fail(`topic "${topic}"`);
  return t.facts.find((f) => f.id === id) ?? fail(`fact "${id}" of topic "${topic}"`);
}
