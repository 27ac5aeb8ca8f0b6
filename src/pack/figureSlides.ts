import type PptxGenJS from 'pptxgenjs';
import type { Evidence } from '../data/evidence';
import { addSlide, footerTop, slide } from './deckLayout';
import type { FigureForPack, FigureSlideImage } from './figureImages';
import type { PackContext } from './packContext';
import { provenanceLine, provenanceOfRef } from './provenanceOfRef';

/** Notes per figure description (packFigure gives one per figure): its deck and each question deck share them. */
const notesOf = new WeakMap<FigureForPack, string[]>();

/** Speaker notes of a figure slide: what it shows, its sources, and the provenance of every value it draws. */
export function figureNotes(ev: Evidence, f: FigureForPack): string[] {
  let notes = notesOf.get(f);
  if (!notes) notesOf.set(f, (notes = notesFor(ev, f)));
  return notes;
}

function notesFor(ev: Evidence, f: FigureForPack): string[] {
  const seen = new Set<string>();
  const quotes = f.refs.flatMap((ref) => {
    const p = provenanceOfRef(ev, ref);
    if (!p) return [];
    const line = provenanceLine(p);
    if (seen.has(line)) return [];
    seen.add(line);
    return [`- ${line}`];
  });
  return [
    `${f.title}. ${f.summary}`,
    '',
    `Sources: ${f.credits.map((c) => `${c.sourceName}, ${c.locator}`).join('; ')}.`,
    '',
    'Provenance of the values drawn (verbatim quote, source, locator, file):',
    ...quotes,
  ];
}

/** One slide per figure image: the 1920 × 1080 slide picture above the footer, with its alt text. */
export function addFigureSlides(deck: PptxGenJS, c: PackContext, ev: Evidence, f: FigureForPack, images: FigureSlideImage[]): void {
  const h = footerTop - 0.15;
  const w = (h * 16) / 9;
  // Every slide of the figure carries the same notes: worked out once (at 1000x, thousands of provenance lookups).
  const notes = figureNotes(ev, f);
  for (const img of images) {
    const s = addSlide(deck, c, undefined, notes);
    s.addImage({ data: `image/png;base64,${Buffer.from(img.png).toString('base64')}`, x: (slide.width - w) / 2, y: 0.05, w, h, altText: img.alt });
  }
}
