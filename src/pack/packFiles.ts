/**
 * The presentation pack: for each question a PowerPoint deck and a Word Summary of Findings
 * (/questions/<id>/<id>-slides.pptx, -summary-of-findings.docx), for each figure a deck of its own
 * (/figures/<slug>/<slug>.pptx). Each file is made once per build: the page that links it (with its size) and
 * the route that writes it share the bytes.
 */
import pkg from '../../package.json';
import type { SiteEvidence } from '../data/site';
import { href } from '../lib/site/url';
import { permalink } from '../lib/site/permalink';
import type { Question } from '../schemas';
import { figureDeck } from './figureDeck';
import { figureSlideImages, packFigure, packFigures, packFiguresOn } from './figureImages';
import type { PackContext } from './packContext';
import { questionDeck } from './questionDeck';
import { sofDocument } from './sofDocument';

export const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface PackFile {
  /** Folder of the page it belongs to, e.g. "/questions/curative-resection/". */
  page: string;
  name: string;
  label: string;
  type: string;
  render: () => Promise<Uint8Array<ArrayBuffer>>;
}

export const questionPage = (q: Pick<Question, 'id'>) => `/questions/${q.id}/`;
export const figurePage = (slug: string) => `/figures/${slug}/`;

/** Citation of a page's files: site, version, evidence date, compiledOn and the page's permalink. */
export function packContext(ev: SiteEvidence, page: string): PackContext {
  return { siteTitle: ev.meta.title, version: pkg.version, evidenceCurrentTo: ev.meta.evidenceCurrentTo, compiledOn: ev.meta.compiledOn, permalink: permalink(page) };
}

const made = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const once = (key: string, make: () => Promise<Uint8Array<ArrayBuffer>>) => () => {
  let p = made.get(key);
  if (!p) made.set(key, (p = make()));
  return p;
};

/**
 * A figure's slide pictures carry the figure's own citation: the site, version and the figure page's permalink.
 * Drawn once per figure: its own deck and its question's deck share them.
 */
const pictures = new Map<string, ReturnType<typeof figureSlideImages>>();
function figureImages(ev: SiteEvidence, slug: string): ReturnType<typeof figureSlideImages> {
  const url = permalink(figurePage(slug));
  let p = pictures.get(url);
  if (!p) pictures.set(url, (p = figureSlideImages(ev, slug, { siteTitle: ev.meta.title, version: pkg.version, url })));
  return p;
}

export function questionPackFiles(ev: SiteEvidence, q: Question): PackFile[] {
  const page = questionPage(q);
  const c = packContext(ev, page);
  return [
    {
      page,
      name: `${q.id}-slides.pptx`,
      label: 'PowerPoint slides',
      type: PPTX,
      render: once(`${page}pptx${c.permalink}`, async () =>
        questionDeck(ev, q, c, await Promise.all(packFiguresOn(ev, page).map(async (figure) => ({ figure, images: await figureImages(ev, figure.slug) })))),
      ),
    },
    { page, name: `${q.id}-summary-of-findings.docx`, label: 'Word Summary of findings', type: DOCX, render: once(`${page}docx${c.permalink}`, () => sofDocument(ev, q, c)) },
  ];
}

export function figurePackFile(ev: SiteEvidence, slug: string): PackFile {
  const page = figurePage(slug);
  const c = packContext(ev, page);
  const figure = packFigure(ev, slug);
  return { page, name: `${slug}.pptx`, label: 'PowerPoint deck', type: PPTX, render: once(`${page}pptx${c.permalink}`, async () => figureDeck(ev, figure, await figureImages(ev, slug), c)) };
}

export const allPackFiles = (ev: SiteEvidence): PackFile[] => [...ev.questions.flatMap((q) => questionPackFiles(ev, q)), ...packFigures(ev).map((f) => figurePackFile(ev, f.slug))];

/** Site-relative link to a pack file (respects BASE). */
export const packHref = (f: PackFile) => href(`${f.page}${f.name}`);
