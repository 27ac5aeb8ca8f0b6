import PptxGenJS from 'pptxgenjs';
import { footerLine, type PackContext } from './packContext';

/**
 * Slide furniture shared by every deck: 16:9 (13.33 × 7.5 in), Arial, a title at 28 pt, body text at 18 pt and
 * the footer (citation, version, evidence date and permalink) with the slide number on every slide.
 */
export const slide = { width: 13.333, height: 7.5, margin: 0.5, font: 'Arial', ink: '1A1A1A', muted: '4A4A4A', rule: '8A8A8A', accent: '0B4F8A' } as const;
export const footerTop = 6.95;

export function newDeck(c: PackContext, title: string, subject: string): PptxGenJS {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.author = `${c.siteTitle} contributors`;
  deck.company = c.siteTitle;
  deck.title = title;
  deck.subject = subject;
  deck.theme = { headFontFace: slide.font, bodyFontFace: slide.font };
  return deck;
}

/** A slide with its title, footer and slide number; `notes` are the speaker notes (the provenance of its numbers). */
export function addSlide(deck: PptxGenJS, c: PackContext, title: string | undefined, notes: string[]): PptxGenJS.Slide {
  const s = deck.addSlide();
  if (title) s.addText(title, { x: slide.margin, y: 0.3, w: slide.width - 2 * slide.margin, h: 0.75, fontFace: slide.font, fontSize: 28, bold: true, color: slide.ink, valign: 'middle', fit: 'shrink' });
  s.addShape('line', { x: slide.margin, y: footerTop - 0.05, w: slide.width - 2 * slide.margin, h: 0, line: { color: slide.rule, width: 0.75 } });
  s.addText(footerLine(c), { x: slide.margin, y: footerTop, w: slide.width - 2 * slide.margin - 0.9, h: 0.4, fontFace: slide.font, fontSize: 11, color: slide.muted, valign: 'middle' });
  s.slideNumber = { x: slide.width - slide.margin - 0.8, y: footerTop, w: 0.8, h: 0.4, fontFace: slide.font, fontSize: 11, color: slide.muted, align: 'right' };
  s.addNotes(notes.join('\n'));
  return s;
}

/** The deck as bytes (pptxgenjs's own zip; stableOfficeFile fixes its dates). */
export async function deckBytes(deck: PptxGenJS): Promise<Uint8Array> {
  const out = await deck.write({ outputType: 'uint8array', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return out;
}
