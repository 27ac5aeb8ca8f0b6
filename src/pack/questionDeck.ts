import type { Evidence } from '../data/evidence';
import { provenanceIn } from '../data/collectProvenance';
import { summaryOfFindings } from '../data/derive';
import { certaintyWord, formatCertainty } from '../lib/format/formatCertainty';
import type { Question } from '../schemas';
import { addSlide, deckBytes, newDeck, slide } from './deckLayout';
import { addFigureSlides } from './figureSlides';
import type { FigureForPack, FigureSlideImage } from './figureImages';
import { citationLine, type PackContext } from './packContext';
import { provenanceLine, provenanceOfRef } from './provenanceOfRef';
import { addSofSlides } from './sofSlides';
import { sourceLine, sourcesOf } from './sourcesOf';
import { stableOfficeFile } from './stableZip';

const text = { fontFace: slide.font, color: slide.ink, valign: 'top' } as const;
const width = slide.width - 2 * slide.margin;

/** A question's figures with their slide pictures, drawn by the caller (figureImages.ts). */
export interface DeckFigure {
  figure: FigureForPack;
  images: FigureSlideImage[];
}

/** Source ids a question's deck quotes: the question file, the studies of its table, its figures' credits. */
function sourceIdsOf(ev: Evidence, q: Question, figures: DeckFigure[]): Set<string> {
  // Only the table's studies and the question are walked, in evidence order (the whole evidence base per deck was
  // thousands of records at 1000x, issue 13).
  const ids = new Set(q.summaryOfFindings.flatMap((r) => r.evidence.map((e) => e.study)));
  const fromData = [...ev.studies.filter((s) => ids.has(s.id)).flatMap(provenanceIn), ...provenanceIn(q)];
  return new Set([...fromData.map((p) => p.source), ...figures.flatMap((f) => f.figure.credits.map((c) => c.source))]);
}

/**
 * A question's deck: title, key message with its certainty, the Summary-of-Findings table as native tables,
 * each supporting figure and the sources. Every slide carries the citation and permalink in its footer and the
 * provenance of its numbers in its speaker notes.
 */
export async function questionDeck(ev: Evidence, q: Question, c: PackContext, figures: DeckFigure[]): Promise<Uint8Array<ArrayBuffer>> {
  const title = `Question ${q.number}: ${q.title}`;
  const deck = newDeck(c, title, `Summary of findings and key message (${citationLine(c)})`);

  const t = addSlide(deck, c, undefined, [`The question as the review states it: ${provenanceLine(provenanceOfRef(ev, `questions/${q.id}#/questionProvenance`)!)}`]);
  t.addText(title, { ...text, x: slide.margin, y: 1.1, w: width, h: 1.6, fontSize: 36, bold: true, color: slide.accent, valign: 'bottom', fit: 'shrink' });
  t.addText(q.question, { ...text, x: slide.margin, y: 2.95, w: width, h: 1.6, fontSize: 20 });
  t.addText(
    [
      { text: `${c.siteTitle}: evidence synthesis on the management of neuroendocrine tumour liver metastases`, options: { breakLine: true } },
      { text: `Version ${c.version} · evidence current to ${c.evidenceCurrentTo}`, options: { breakLine: true } },
      { text: c.permalink },
    ],
    { ...text, x: slide.margin, y: 4.85, w: width, h: 1.3, fontSize: 16, color: slide.muted },
  );

  const k = addSlide(deck, c, 'Key message', [
    `The review's conclusion: ${provenanceLine(provenanceOfRef(ev, `questions/${q.id}#/answer/provenance`)!)}`,
    `The review's grade: ${provenanceLine(provenanceOfRef(ev, `questions/${q.id}#/certainty/provenance`)!)}`,
  ]);
  k.addText(
    [
      { text: 'Certainty of the evidence: ', options: { bold: true } },
      { text: formatCertainty(q.certainty.level), options: { bold: true, color: slide.accent } },
      { text: ` (“${q.certainty.printed}”, graded for the question as a whole)`, options: { color: slide.muted } },
    ],
    { ...text, x: slide.margin, y: 1.2, w: width, h: 0.6, fontSize: 20, valign: 'middle' },
  );
  k.addText(q.answer.summary, { ...text, x: slide.margin, y: 2.0, w: width, h: 4.7, fontSize: 20, fit: 'shrink' });

  addSofSlides(deck, c, ev, q.title, q.certainty.level, q.certainty.printed, summaryOfFindings(q, ev.studies, ev.review));

  for (const f of figures) addFigureSlides(deck, c, ev, f.figure, f.images);

  const sources = sourcesOf(ev, sourceIdsOf(ev, q, figures));
  const labels = new Map(ev.studies.map((s) => [s.id, s.label]));
  const studies = [...new Set(q.summaryOfFindings.flatMap((r) => r.evidence.map((e) => labels.get(e.study)!)))];
  const s = addSlide(deck, c, 'Sources', [
    'Every number in this deck is quoted from these documents; the notes of each slide give the source, the locator and the verbatim quote of its numbers.',
    `Certainty: ${certaintyWord(q.certainty.level)} as graded by the review.`,
  ]);
  s.addText(
    sources.map((src, i) => ({ text: sourceLine(src), options: { bullet: true, breakLine: i < sources.length - 1, paraSpaceAfter: 8 } })),
    { ...text, x: slide.margin, y: 1.2, w: width, h: 2.9, fontSize: 16, fit: 'shrink' },
  );
  if (studies.length > 0) {
    s.addText(`Studies in the Summary of findings, as the sources cite them: ${studies.join(', ')}.`, { ...text, x: slide.margin, y: 4.2, w: width, h: 0.95, fontSize: 14, fit: 'shrink' });
  }
  s.addText(
    [
      { text: `Cite this deck: ${c.siteTitle}. ${title}. Version ${c.version}; evidence current to ${c.evidenceCurrentTo}. ${c.permalink}`, options: { breakLine: true } },
      { text: 'Please cite the original publications too. Data licence: CC BY 4.0; quoted excerpts remain the property of their publishers.' },
    ],
    { ...text, x: slide.margin, y: 5.25, w: width, h: 1.4, fontSize: 14, color: slide.muted },
  );

  return stableOfficeFile(await deckBytes(deck), c.compiledOn);
}
