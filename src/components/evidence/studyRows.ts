import { landmarkYears as landmarkYearsOf } from '../../data/derive/landmarkYears';
import type { DataQualityNote } from '../../data/consistency';
import type { Group, Outcome, Study, sourceIds } from '../../schemas';

type SourceId = (typeof sourceIds)[number];
import { studyNotes, type ShownNote } from './studyNotes';

/** A column of the studies table holding one survival statistic. */
export interface StatColumn {
  key: string;
  /** Header text, e.g. "OS median" or "OS 5-year". */
  label: string;
  /** Unit named in the header ("months" or "%"). */
  unit: 'months' | '%';
  /** Filter value for "statistic". */
  statistic: string;
  match: (o: Outcome) => boolean;
}

/** One row of the studies table: one group of one study, with its survival values by column. */
export interface StudyRow {
  study: Study;
  group: Group;
  /** True for the first row of a study in table order (study-level cells are shown in full there). */
  firstOfStudy: boolean;
  cells: Record<string, Outcome | undefined>;
  /** Survival values that fit no column (e.g. a PFS proportion), shown labelled in "PFS, other". */
  otherPfs: Outcome[];
  sources: SourceId[];
  notes: ShownNote[];
}

const isOs = (o: Outcome) => o.measure === 'overall-survival';
const isPfs = (o: Outcome) => o.measure === 'progression-free-survival';
const landmarkYears = (o: Outcome) => landmarkYearsOf(o) ?? NaN;

/** The statistic columns: OS median, OS mean, one per OS landmark year present in the data (3 and 5 always), PFS median. */
export function statColumns(studies: Study[]): StatColumn[] {
  const years = new Set<number>([3, 5]);
  for (const s of studies) for (const o of s.outcomes) if (isOs(o) && o.statistic === 'landmark') years.add(landmarkYears(o));
  return [
    { key: 'os-median', label: 'OS median', unit: 'months', statistic: 'os-median', match: (o) => isOs(o) && o.statistic === 'median' },
    { key: 'os-mean', label: 'OS mean', unit: 'months', statistic: 'os-mean', match: (o) => isOs(o) && o.statistic === 'mean' },
    ...[...years]
      .sort((a, b) => a - b)
      .map((y): StatColumn => ({
        key: `os-${y}y`,
        label: `OS ${y}-year`,
        unit: '%',
        statistic: `os-${y}y`,
        match: (o) => isOs(o) && o.statistic === 'landmark' && landmarkYears(o) === y,
      })),
    { key: 'pfs-median', label: 'PFS median', unit: 'months', statistic: 'pfs-median', match: (o) => isPfs(o) && o.statistic === 'median' },
  ];
}

const hasSurvival = (s: Study, g: Group) => s.outcomes.some((o) => o.group === g.id && (isOs(o) || isPfs(o)));

/**
 * Groups shown for a study: every treatment arm, and every other group with a survival value;
 * a study with neither is shown by its first group so that every study has a row.
 */
export function shownGroups(study: Study): Group[] {
  const groups = study.groups.filter((g) => g.role === 'arm' || hasSurvival(study, g));
  return groups.length > 0 ? groups : study.groups.slice(0, 1);
}

/** Table 1 studies first (in the review's order of the data: by year, newest first), then the other series by label. */
export function tableOrder(studies: Study[]): Study[] {
  const year = (s: Study) => s.yearAsPrinted ?? 0;
  const t1 = studies.filter((s) => s.inReviewTable1).sort((a, b) => year(b) - year(a) || a.label.localeCompare(b.label));
  const other = studies.filter((s) => !s.inReviewTable1).sort((a, b) => a.label.localeCompare(b.label));
  return [...t1, ...other];
}

export function studyRows(studies: Study[], notes: DataQualityNote[], columns: StatColumn[]): StudyRow[] {
  return tableOrder(studies).flatMap((study) => {
    const shownNotes = studyNotes(study, notes);
    return shownGroups(study).map((group, i) => {
      const own = study.outcomes.filter((o) => o.group === group.id);
      const cells: Record<string, Outcome | undefined> = {};
      const used = new Set<Outcome>();
      for (const c of columns) {
        const o = own.find((x) => c.match(x) && !used.has(x));
        if (o) used.add(o);
        cells[c.key] = o;
      }
      const otherPfs = own.filter((o) => isPfs(o) && !used.has(o));
      const sources = [...new Set([group.provenance.source, ...own.map((o) => o.provenance.source)])].sort();
      return { study, group, firstOfStudy: i === 0, cells, otherPfs, sources, notes: shownNotes };
    });
  });
}
