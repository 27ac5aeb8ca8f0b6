/**
 * What each Summary-of-Findings row must show, worked out from data/*.json with JSON.parse (no site code): the
 * outcome, each study's line of values ("Mayo 2011: Liver resection 74% · Intra-arterial therapy ... 30%"), the
 * ranges by kind of arm, the participants (the sizes of the groups the row counts) and studies, the comment and
 * the lettered footnotes.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/tmpProject';
import { rawData } from '../sof/refs';

/** Treatments the review's Table 1 counts as resection arms (with ablation, and R2 cytoreduction); everything else is a comparator. */
const RESECTION = ['liver-resection', 'liver-resection-with-ablation', 'cytoreduction', 'liver-directed-surgery'];
const grouped = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
const shown = (value: number | string, unit: string) =>
  typeof value !== 'number' ? value : unit === 'percent' ? `${grouped(value)}%` : unit === 'months' ? `${grouped(value)} ${value === 1 ? 'month' : 'months'}` : `${grouped(value)} ${unit}`;
const pShown = (p: { operator: string; value: number }) => `p ${p.operator === '<=' ? '\u2264' : p.operator} ${p.value}`;

export interface ExpectedRow {
  outcome: string;
  marks: string[];
  /** Whole lines of the results cell, one per study with values. */
  studyLines: string[];
  /** The ranges line's numbers: low and high (or the one value) of resection arms, then of comparator arms. */
  rangeNumbers: number[];
  resultText?: string;
  /** The participants cell's numbers: the sum, then (the review's count of studies and) the number of studies. */
  participantNumbers: number[];
  atLeast: boolean;
  comment: string;
  footnotes: { mark: string; text: string; quote?: string }[];
  /** Verbatim quotes of every number of the row (values, group sizes, p-values): the speaker notes must carry them. */
  quotes: string[];
}

export interface ExpectedQuestion {
  id: string;
  number: number;
  title: string;
  question: string;
  answer: string;
  certaintyLevel: string;
  certaintyPrinted: string;
  quotes: string[];
  rows: ExpectedRow[];
}

export const questionIds = (): string[] => readdirSync(join(PROJECT_ROOT, 'data', 'questions')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

export function expectedQuestion(id: string): ExpectedQuestion {
  const q = rawData(`questions/${id}`);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let next = 0;
  const rows: ExpectedRow[] = q.summaryOfFindings.map((row: any) => {
    const studyLines: string[] = [];
    const quotes: string[] = [];
    const byKind: Record<string, number[]> = { resection: [], comparator: [] };
    let participants = 0;
    let withN = 0;
    let counted = 0;
    for (const e of row.evidence) {
      const s = rawData(`studies/${e.study}`);
      const outcomes = e.outcomes.map((oid: string) => s.outcomes.find((o: any) => o.id === oid));
      const groupIds: string[] = [...new Set<string>([...outcomes.map((o: any) => o.group), ...(e.groups ?? [])])];
      if (!e.uncounted) {
        for (const gid of groupIds) {
          const g = s.groups.find((x: any) => x.id === gid);
          counted++;
          if (typeof g.n === 'number') {
            participants += g.n;
            withN++;
            quotes.push(g.provenance.quote);
          }
        }
      }
      const parts: string[] = [];
      for (const gid of groupIds) {
        const g = s.groups.find((x: any) => x.id === gid);
        const vals = outcomes.filter((o: any) => o.group === gid);
        if (e.uncounted || vals.length === 0) continue;
        parts.push(`${g.label} ${vals.map((o: any) => shown(o.value, o.unit)).join(' ')}`);
        for (const o of vals) {
          quotes.push(o.provenance.quote);
          if (typeof o.value === 'number') byKind[RESECTION.includes(g.treatment) ? 'resection' : 'comparator']!.push(o.value);
        }
      }
      const ps = s.comparisons.filter((c: any) => c.p && c.outcomes.length > 1 && c.outcomes.every((o: string) => e.outcomes.includes(o)));
      for (const c of ps) quotes.push(c.p.provenance?.quote ?? c.provenance.quote);
      if (parts.length > 0) studyLines.push(`${s.label}: ${parts.join(' · ')}${ps.map((c: any) => ` (${pShown(c.p)})`).join('')}`);
    }
    const rangeNumbers = (['resection', 'comparator'] as const).flatMap((k) => {
      const v = byKind[k]!;
      if (v.length === 0) return [];
      return v.length === 1 ? [v[0]!] : [Math.min(...v), Math.max(...v)];
    });
    const statement = row.studyCountStatement ? rawData('review').statements.find((st: any) => st.id === row.studyCountStatement) : undefined;
    const k = row.evidence.length;
    const participantNumbers = k === 0 ? [] : [...(withN > 0 ? [participants] : []), ...(statement?.value ? [statement.value.value] : []), k];
    if (statement?.value) quotes.push(statement.value.provenance.quote);
    return {
      outcome: row.outcome,
      marks: row.footnotes.map(() => letters[next++]!),
      studyLines,
      rangeNumbers,
      ...(row.result ? { resultText: row.result } : {}),
      participantNumbers,
      atLeast: withN > 0 && withN < counted,
      comment: row.comment,
      footnotes: row.footnotes.map((f: any, i: number) => ({ mark: letters[next - row.footnotes.length + i]!, text: f.text, ...(f.provenance ? { quote: f.provenance.quote } : {}) })),
      quotes,
    };
  });
  return {
    id,
    number: q.number,
    title: q.title,
    question: q.question,
    answer: q.answer.summary,
    certaintyLevel: q.certainty.level,
    certaintyPrinted: q.certainty.printed,
    quotes: [q.questionProvenance.quote, q.answer.provenance.quote, q.certainty.provenance.quote],
    rows,
  };
}
