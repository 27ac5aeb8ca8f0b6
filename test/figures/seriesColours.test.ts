/**
 * One series, one category and colour on every figure (issue 11): the markers of the descriptive figures are
 * coloured by what their group's treatment is, read here from data/ (not from the figure code), and the two
 * records data/ holds for one series (a curated "possible-overlap" note; groups of the same n) are drawn alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureChart } from '../../src/components/figure/drawFigure';
import { getEvidence } from '../../src/data/site';
import { allFigures } from '../../src/figures/registry';
import { PROJECT_ROOT } from '../helpers/tmpProject';

interface StudyFile {
  id: string;
  groups: { id: string; n?: number; treatment?: string; label: string }[];
  outcomes: { id: string; group: string }[];
  curatedNotes?: { kind: string; overlapsWith?: string[] }[];
}
const studies = new Map<string, StudyFile>(
  readdirSync(join(PROJECT_ROOT, 'data/studies')).map((f) => {
    const s = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data/studies', f), 'utf8')) as StudyFile;
    return [s.id, s];
  }),
);
/** What the legends call resection: liver resection with or without ablation, cytoreduction and other liver surgery. */
const SURGERY = ['liver-resection', 'liver-resection-with-ablation', 'cytoreduction', 'liver-directed-surgery'];
const BLUE = '#0072B2';

/** Every drawn marker of the descriptive figures: its figure, its study and group, and its colour. */
function markers() {
  const out: { slug: string; study: string; group: string; colour: string }[] = [];
  for (const f of allFigures(getEvidence()).filter((x) => ['five-year-os-by-arm', 'median-survival', 'survival-landmarks'].includes(x.slug))) {
    for (const m of figureChart(f, 'wide').svg.matchAll(/<(?:rect|circle|path)\b[^>]*\bcolor="(#[0-9A-Fa-f]{6})"[^>]*data-v="studies\/([^#]+)#\/outcomes\/([^/]+)\/value"/g)) {
      const study = studies.get(m[2]!)!;
      out.push({ slug: f.slug, study: m[2]!, group: study.outcomes.find((o) => o.id === m[3])!.group, colour: m[1]! });
    }
  }
  return out;
}

describe('one series, one colour', () => {
  const drawn = markers();

  it('draws markers (the test reads the figures it means to)', () => expect(drawn.length).toBeGreaterThan(40));

  it('colours a group blue exactly when data/ gives it a surgical treatment (the legends: resection or liver surgery)', () => {
    for (const d of drawn) {
      const g = studies.get(d.study)!.groups.find((x) => x.id === d.group)!;
      expect(d.colour === BLUE, `${d.slug}: ${d.study} ${g.label} (${g.treatment})`).toBe(SURGERY.includes(g.treatment ?? ''));
    }
  });

  it('draws the R0/R1 and R2 subgroups and the 339-patient series as surgery, like Mayo 2011 resection arm', () => {
    const colours = (study: string, group: string) => new Set(drawn.filter((d) => d.study === study && d.group === group).map((d) => d.colour));
    for (const [study, group] of [['single-centre-34-patient-series', 'r0-r1'], ['single-centre-34-patient-series', 'r2'], ['multi-institutional-339', 'whole-cohort'], ['mayo-2011', 'liver-resection']] as const)
      expect([...colours(study, group)], `${study} ${group}`).toEqual([BLUE]);
  });

  // A record that data/ calls "mixed" (e.g. the 172-patient series, of which 140 had surgery) describes other
  // procedures than its counterpart, so it may be drawn apart; the named-groups test above pins the 339-patient pair.
  it('draws the two records of one series (possible overlap, same n, neither "mixed") in one colour on every figure', () => {
    let pairs = 0;
    for (const s of studies.values())
      for (const note of (s.curatedNotes ?? []).filter((n) => n.kind === 'possible-overlap'))
        for (const otherId of note.overlapsWith ?? []) {
          const other = studies.get(otherId)!;
          for (const g of s.groups)
            for (const h of other.groups.filter((x) => x.n !== undefined && x.n === g.n && x.treatment !== 'mixed' && g.treatment !== 'mixed')) {
              const colours = new Set(drawn.filter((d) => (d.study === s.id && d.group === g.id) || (d.study === other.id && d.group === h.id)).map((d) => d.colour));
              if (colours.size > 0) pairs++;
              expect(colours.size, `${s.id} ${g.label} / ${other.id} ${h.label}`).toBeLessThanOrEqual(1);
            }
        }
    expect(pairs).toBeGreaterThan(0);
  });
});

describe('the landmarks figure is titled by what it draws', () => {
  it('names in words exactly the landmark years of the series outside Table 1 that data/ holds', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const years = new Set<number>();
    for (const s of studies.values()) {
      const raw = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data/studies', `${s.id}.json`), 'utf8')) as { inReviewTable1: boolean; outcomes: { measure: string; statistic: string; unit: string; value: unknown; timepoint?: { value: number; unit: string } }[] };
      if (raw.inReviewTable1) continue;
      for (const o of raw.outcomes)
        if (o.measure === 'overall-survival' && o.statistic === 'landmark' && o.unit === 'percent' && typeof o.value === 'number' && o.timepoint)
          years.add(o.timepoint.unit === 'years' ? o.timepoint.value : o.timepoint.value / 12);
    }
    const named = [...years].filter((y) => [1, 3, 5, 10].includes(y)).sort((a, b) => a - b).map((y) => words[y]!);
    const title = allFigures(getEvidence()).find((f) => f.slug === 'survival-landmarks')!.title;
    expect(title).toBe(`Overall survival at ${named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0]} years in the single-arm series`);
  });
});
