import type { Evidence } from '../data/evidence';
import { deckBytes, newDeck } from './deckLayout';
import type { FigureForPack, FigureSlideImage } from './figureImages';
import { addFigureSlides } from './figureSlides';
import { citationLine, type PackContext } from './packContext';
import { stableOfficeFile } from './stableZip';

/** A figure as a deck of its own: the figure slide (or its slides, for tall figures) with footer and provenance notes. */
export async function figureDeck(ev: Evidence, f: FigureForPack, images: FigureSlideImage[], c: PackContext): Promise<Uint8Array<ArrayBuffer>> {
  const deck = newDeck(c, f.title, `Figure (${citationLine(c)})`);
  addFigureSlides(deck, c, ev, f, images);
  return stableOfficeFile(await deckBytes(deck), c.compiledOn);
}
