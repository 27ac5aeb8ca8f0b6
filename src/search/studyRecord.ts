/**
 * A study page's search record: what a reader would search that page for, in the page's own words and as
 * sentences, built from the evidence rather than from the page's 29 KB of HTML (issue 13: at 25,000 studies,
 * parsing every page cost Pagefind about 170 KB of memory a page). The page (src/pages/studies/[id].astro)
 * shows every part of it with the same label maps; test/search/studyRecord.test.ts checks it against the built
 * page. Left out: the values, their quotes and the data-quality notes (numbers with their sources; they are
 * found on the page itself, and on the figure, question and source pages that are indexed in full).
 */
import { designLabel, outcomeName, studyInforms, treatmentLabel } from '../components/evidence';
import type { Citation, Question, Study, Topic } from '../schemas';

export interface SearchRecord {
  /** Site path without the base ("/studies/x/"): Pagefind's search script prefixes the base it is served from. */
  url: string;
  title: string;
  content: string;
}

/** The text as a sentence: a full stop added unless it already ends one. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The citation as a reference: how the source prints it, then authors, title and journal where verified. */
function citationText(c: Citation): string[] {
  const fields = (['authors', 'title', 'journal'] as const).flatMap((k) => (c[k] && c[k].status !== 'unverified' ? [sentence(c[k].value)] : []));
  return [...(c.asPrinted ? [sentence(c.asPrinted)] : []), ...fields];
}

/**
 * Pagefind's time and memory grow with the distinct words of every record (at 1000x about 1.5 ms of CPU and
 * 75 KB at its peak for a record of 830 characters): the record leaves out the page's labels that every study
 * repeats ("Design", "Informs", "Authors", a group's role, a treatment named like its group, an outcome
 * repeated for each group) and the year (in the label); what a reader searches for stays, as sentences.
 */
export function studySearchRecord(study: Study, ev: { questions: readonly Question[]; topics: readonly Topic[] }): SearchRecord {
  const { questions, topics } = studyInforms(study, ev);
  const groups = study.groups.map((g) => {
    const treatment = g.treatment && treatmentLabel[g.treatment].toLowerCase() !== g.label.toLowerCase() ? ` (${treatmentLabel[g.treatment]})` : '';
    return sentence(`${g.label}${treatment}${g.description ? `: ${g.description}` : ''}`);
  });
  const outcomes = [...new Set(study.outcomes.map(outcomeName))];
  const parts = [
    sentence(study.label),
    sentence(study.summary),
    sentence(`${designLabel[study.design]}${study.country ? `, ${study.country}` : ''}`),
    `Groups: ${groups.join(' ')}`,
    ...(outcomes.length > 0 ? [sentence(`Outcomes: ${outcomes.join('; ')}`)] : []),
    ...study.comparisons.map((c) => sentence(c.description)),
    ...(questions.length > 0 ? [sentence(questions.map((q) => `Question ${q.number}: ${q.title}`).join('; '))] : []),
    ...(topics.length > 0 ? [sentence(`Topics: ${topics.map((t) => t.title).join('; ')}`)] : []),
    ...citationText(study.citation),
  ];
  return { url: `/studies/${study.id}/`, title: study.label, content: parts.join(' ') };
}
