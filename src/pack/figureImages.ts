/**
 * The pack's one door into the figure code: which figures a page has, and each figure's 1920 × 1080 slides as
 * PNG with its title, alt text, credits and the refs of the values it draws. Only this file imports figure
 * modules, so a move of the figure pipeline changes one import here.
 */
import { allFigures, figureBySlug } from '../figures/registry';
import { figuresOn } from '../figures/figurePages';
import { slidePngs, slideType } from '../components/figure/figureFiles';
import { everyRowMarks, type FigureEvidence, type Credit } from '../figures/derive';
import { refsOfMark } from '../figures/marks';

export interface FigureSlideImage {
  slug: string;
  title: string;
  /** Alt text: the title and the figure's short text alternative. */
  alt: string;
  png: Uint8Array;
  width: number;
  height: number;
}

export interface FigureForPack {
  slug: string;
  title: string;
  summary: string;
  credits: Credit[];
  /** Refs of the data/ values the figure draws (its data table's markers), in table order, without repeats. */
  refs: string[];
}

/** Citation the figure prints on its own slides ("Figure: <site>, version <v>. <permalink>"). */
export interface FigureCitation {
  siteTitle: string;
  version: string;
  url: string;
}

/** Described once per evidence and figure: its own deck and every question deck showing it share the description. */
const described = new WeakMap<FigureEvidence, Map<string, FigureForPack>>();

/** One figure as the pack describes it. */
export const packFigure = (ev: FigureEvidence, slug: string): FigureForPack => {
  let bySlug = described.get(ev);
  if (!bySlug) described.set(ev, (bySlug = new Map()));
  let d = bySlug.get(slug);
  if (!d) bySlug.set(slug, (d = describe(ev, slug)));
  return d;
};

const describe = (ev: FigureEvidence, slug: string): FigureForPack => {
  const f = figureBySlug(ev, slug);
  // The markers' distinct tokens first, then each expanded once: every pooled marker names its value set, so
  // expanding per marker grows with the square of the studies (issue 13: an "Invalid array length" at 1000x).
  const tokens = new Set(everyRowMarks(f.table).flatMap((m) => Object.values(m).flatMap((v) => (v ? v.v.split(' ') : []))));
  const refs = [...new Set([...tokens].flatMap((t) => refsOfMark({ v: t }, f.valueSets)).filter((r) => !r.includes('*')))];
  return { slug: f.slug, title: f.title, summary: f.summary, credits: f.credits, refs };
};

/** Every figure, in site order. */
export const packFigures = (ev: FigureEvidence): FigureForPack[] => allFigures(ev).map((f) => packFigure(ev, f.slug));

/** The figures a site page embeds (e.g. "/questions/curative-resection/"), in site order. */
export const packFiguresOn = (ev: FigureEvidence, path: string): FigureForPack[] => figuresOn(path).map((slug) => packFigure(ev, slug));

/** The figure's slides as PNG at 1920 × 1080 (most figures one; tall ones several). */
export async function figureSlideImages(ev: FigureEvidence, slug: string, citation: FigureCitation): Promise<FigureSlideImage[]> {
  const f = figureBySlug(ev, slug);
  const pngs = await slidePngs(f, citation);
  return pngs.map((png, i) => ({
    slug,
    title: pngs.length > 1 ? `${f.title} (slide ${i + 1} of ${pngs.length})` : f.title,
    alt: `${f.title}. ${f.summary}`,
    png,
    width: slideType.width,
    height: slideType.height,
  }));
}
