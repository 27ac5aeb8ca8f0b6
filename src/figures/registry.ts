import type { FigureEvidence } from './derive';
import type { FigureBuild } from './types';
import { certaintyOverviewFigure } from './certaintyOverviewFigure';
import { fiveYearOsByArm } from './fiveYearOsByArm';
import { medianSurvival } from './medianSurvival';
import { pooledFiveYearOsResection } from './pooledFiveYearOsResection';
import { prismaFlowFigure } from './prismaFlowFigure';
import { resectionVsComparatorRd } from './resectionVsComparatorRd';
import { survivalLandmarks } from './survivalLandmarks';

/** The figures in site order; slugs are permalinks (/figures/<slug>/) and must never change. */
const builders = [fiveYearOsByArm, resectionVsComparatorRd, pooledFiveYearOsResection, medianSurvival, survivalLandmarks, prismaFlowFigure, certaintyOverviewFigure];

const cache = new WeakMap<FigureEvidence, FigureBuild[]>();

/** Every figure built from the evidence (memoised per evidence object: each figure's model is built once per build). */
export function allFigures(ev: FigureEvidence): FigureBuild[] {
  let figs = cache.get(ev);
  if (!figs) cache.set(ev, (figs = builders.map((b) => b(ev))));
  return figs;
}

export function figureBySlug(ev: FigureEvidence, slug: string): FigureBuild {
  const f = allFigures(ev).find((x) => x.slug === slug);
  if (!f) throw new Error(`unknown figure "${slug}"; known: ${allFigures(ev).map((x) => x.slug).join(', ')}`);
  return f;
}
