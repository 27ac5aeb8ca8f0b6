import type { FigureEvidence } from './derive';
import { countOf, studyAt } from './marks';
import { dataText, type FigureText } from './text';

/** Pairs a caption explains in full; more are counted (a caption that stays a caption at any evidence size). */
const shownPairs = 3;

/**
 * Caption notes for a series that data/ holds twice (a curated note of kind "possible-overlap", e.g. the
 * 339-patient multi-institutional series and Mayo 2011's resection arm): when a figure draws either record, its
 * caption names both records and says why their numbers differ, in the curated notes' words (each pair once).
 */
export function sameSeriesNotes(ev: FigureEvidence, drawnStudyIds: Iterable<string>): FigureText[] {
  const drawn = new Set(drawnStudyIds);
  const byId = new Map(ev.studies.map((s) => [s.id, s]));
  const out: FigureText[] = [];
  const said = new Set<string>();
  const restIds: string[] = [];
  for (const s of ev.studies) {
    for (const note of s.curatedNotes) {
      if (note.kind !== 'possible-overlap' || !note.overlapsWith) continue;
      const others = note.overlapsWith.map((id) => byId.get(id)).filter((o) => o !== undefined);
      if (!drawn.has(s.id) && !others.some((o) => drawn.has(o.id))) continue;
      // Each pair once, in the words of the first record's note (the other record's note mirrors it).
      const pair = [s.id, ...others.map((o) => o.id)].sort().join(' ');
      if (said.has(pair)) continue;
      said.add(pair);
      restIds.push(studyAt(s.id, 'id'));
      // Why the numbers differ: the study's own source-disagreement note, where it has one.
      const disagreement = s.curatedNotes.find((n) => n.kind === 'source-disagreement');
      out.push([
        'Two records that may be one series: ',
        dataText(s.label),
        ' and ',
        ...others.flatMap((o, i) => [...(i > 0 ? [', '] : []), dataText(o.label)]),
        '. ',
        dataText(note.found),
        '. ',
        ...(disagreement ? [dataText(disagreement.text), ' '] : []),
        dataText(note.text),
      ]);
    }
  }
  if (out.length <= shownPairs) return out;
  // An evidence base with many such pairs: the first few, then how many more (each named by its study's id).
  const rest = out.length - shownPairs;
  return [...out.slice(0, shownPairs), ['Further records that may be one series with another: ', countOf(restIds.slice(-rest)), ' more pairs, each named on its study page.']];
}
