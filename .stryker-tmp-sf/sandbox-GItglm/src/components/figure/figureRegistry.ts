// @ts-nocheck
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

/** A figure whose charts are drawn once per layout and font: the figure page, every page embedding it and the downloads share them. */
function memoised(fig: FigureBuild): FigureBuild {
  const charts = new Map<string, string>();
  return {
    ...fig,
    chart: (layout, fontFamily) => {
      const key = `${layout}\u0000${fontFamily ?? ''}`;
      let svg = charts.get(key);
      if (svg === undefined) charts.set(key, (svg = fig.chart(layout, fontFamily)));
      return svg;
    },
  };
}

/** Every figure built from the evidence (memoised per evidence object: each figure's model is built once per build). */
export function allFigures(ev: FigureEvidence): FigureBuild[] {
  let figs = cache.get(ev);
  if (!figs) cache.set(ev, (figs = builders.map((b) => memoised(b(ev)))));
  return figs;
}

export function figureBySlug(ev: FigureEvidence, slug: string): FigureBuild {
  const f = allFigures(ev).find((x) => x.slug === slug);
  if (!f) throw new Error(`unknown figure "${slug}"; known: ${allFigures(ev).map((x) => x.slug).join(', ')}`);
  return f;
}
