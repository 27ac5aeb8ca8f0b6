import type { FigureEvidence } from '../../lib/figures';
import type { FigureBuild } from './figureTypes';
import { certaintyOverviewFigure } from './figures/certaintyOverviewFigure';
import { fiveYearOsByArm } from './figures/fiveYearOsByArm';
import { medianSurvival } from './figures/medianSurvival';
import { pooledFiveYearOsResection } from './figures/pooledFiveYearOsResection';
import { prismaFlowFigure } from './figures/prismaFlowFigure';
import { resectionVsComparatorRd } from './figures/resectionVsComparatorRd';
import { survivalLandmarks } from './figures/survivalLandmarks';

/** The figures in site order; slugs are permalinks (/figures/<slug>/) and must never change. */
const builders = [fiveYearOsByArm, resectionVsComparatorRd, pooledFiveYearOsResection, medianSurvival, survivalLandmarks, prismaFlowFigure, certaintyOverviewFigure];

const cache = new WeakMap<FigureEvidence, FigureBuild[]>();

/** Every figure built from the evidence (memoised per evidence object: built once per build). */
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
