import type { DataQualityNote } from '../../data/consistency';
import type { Evidence } from '../../data/evidence';
import type { ContextFact, Question, Study, Topic } from '../../schemas';
import { reviewNotes, studyNotes, type ShownNote } from './studyNotes';

/** A data-quality note about a value quoted from the source, with the page that shows its record. */
export interface SourceNote {
  note: ShownNote;
  where: { label: string; path: string };
}

/** Everything quoted from one source document, found through the provenance of each value. */
export interface SourceUsage {
  /** Studies with at least one value quoted from the source, and how many values. */
  studies: { study: Study; quotes: number }[];
  /** Topic facts quoted from the source, grouped by topic (topics in data order). */
  topics: { topic: Topic; facts: ContextFact[] }[];
  questions: { question: Question; quotes: number }[];
  /** Quotes in the review-level facts (flow counts, designs, statements) and in the recommendations. */
  reviewQuotes: number;
  recommendationQuotes: number;
  notes: SourceNote[];
}

/** Provenance objects ({source, locator, quote}) anywhere inside a record that cite `sourceId`. */
export const countQuotes = (value: unknown, sourceId: string): number => quotesBySource(value).get(sourceId) ?? 0;

/** Studies by note record ("study/<id>"), built once per studies array: no search of every study per note. */
const byRecord = new WeakMap<Study[], Map<string, Study>>();
function studyByRecord(studies: Study[]): Map<string, Study> {
  let m = byRecord.get(studies);
  if (!m) byRecord.set(studies, (m = new Map(studies.map((s) => [`study/${s.id}`, s]))));
  return m;
}

/**
 * Source of the value a computed note is about: the provenance nearest to the note's JSON path
 * ("$.outcomes[0].value", "$.comparisons[1].reportedDifference.value") inside its record.
 */
export function noteSource(note: DataQualityNote, ev: Pick<Evidence, 'studies' | 'review'>): string | undefined {
  let node: unknown = note.record === 'review' ? ev.review : studyByRecord(ev.studies).get(note.record);
  let found: string | undefined;
  const steps = [...note.path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
  for (const step of [undefined, ...steps]) {
    if (step !== undefined) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined;
    const prov = node && typeof node === 'object' ? (node as { provenance?: { source?: unknown } }).provenance : undefined;
    if (typeof prov?.source === 'string') found = prov.source;
  }
  return found;
}

/** Provenance objects ({source, locator, quote}) anywhere inside a record, counted by the source they cite. */
export function quotesBySource(value: unknown, counts = new Map<string, number>()): Map<string, number> {
  if (Array.isArray(value)) {
    for (const v of value) quotesBySource(v, counts);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.quote === 'string') counts.set(o.source, (counts.get(o.source) ?? 0) + 1);
    else for (const v of Object.values(o)) quotesBySource(v, counts);
  }
  return counts;
}

const byLabel = <T extends { label: string }>(a: T, b: T) => a.label.localeCompare(b.label);

/**
 * What every source takes from the studies, made once per evidence object: the six source pages (the index and one
 * per source) each walked every study and its notes again, about 4 s of the 1000x build (issue 13).
 */
interface StudyUsage {
  quotes: { study: Study; bySource: Map<string, number> }[];
  notes: { note: ShownNote; where: SourceNote['where']; source: string | undefined }[];
}
const studyUsage = new WeakMap<object, StudyUsage>();

function usageOfStudies(ev: Evidence & { notes: DataQualityNote[] }): StudyUsage {
  let usage = studyUsage.get(ev);
  if (usage) return usage;
  const sorted = [...ev.studies].sort(byLabel);
  const computed = new Map(ev.notes.map((n) => [n.id, n]));
  const sourceOf = (n: ShownNote) => n.provenance?.source ?? (computed.has(n.id) ? noteSource(computed.get(n.id)!, ev) : undefined);
  const shown = [
    ...reviewNotes(ev.notes).map((note) => ({ note, where: { label: "The review's study selection", path: '/methods/#review-notes' } })),
    ...sorted.flatMap((s) => studyNotes(s, ev.notes).map((note) => ({ note, where: { label: s.label, path: `/studies/${s.id}/` } }))),
  ];
  usage = {
    quotes: sorted.map((study) => ({ study, bySource: quotesBySource(study) })),
    notes: shown.map((x) => ({ ...x, source: sourceOf(x.note) })),
  };
  studyUsage.set(ev, usage);
  return usage;
}

/** What one source contributes, derived from the provenance of every record (no hand-kept lists). */
export function sourceUsage(ev: Evidence & { notes: DataQualityNote[] }, sourceId: string): SourceUsage {
  const usage = usageOfStudies(ev);
  // Sorted by label before counting: the same order as sorting the studies that quote the source.
  const studies = usage.quotes.map(({ study, bySource }) => ({ study, quotes: bySource.get(sourceId) ?? 0 })).filter((x) => x.quotes > 0);
  const topics = ev.topics
    .map((topic) => ({ topic, facts: topic.facts.filter((f) => f.provenance.source === sourceId) }))
    .filter((x) => x.facts.length > 0);
  const questions = ev.questions
    .map((question) => ({ question, quotes: countQuotes(question, sourceId) }))
    .filter((x) => x.quotes > 0)
    .sort((a, b) => a.question.number - b.question.number);
  const notes: SourceNote[] = usage.notes.filter((x) => x.source === sourceId).map(({ note, where }) => ({ note, where }));

  return {
    studies,
    topics,
    questions,
    reviewQuotes: countQuotes(ev.review, sourceId),
    recommendationQuotes: countQuotes(ev.recommendations, sourceId),
    notes,
  };
}
