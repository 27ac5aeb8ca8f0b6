/**
 * Reads .pptx and .docx files as what they are, zip archives of XML (fflate), into the text an audience sees:
 * slides with their paragraphs, tables (rows of cells of paragraphs), speaker notes and image alt texts; the
 * Word body, its tables, header and footer. No code of the site is used.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export type Zip = Record<string, string>;

export function readZip(path: string): Zip {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, /\.(xml|rels)$/.test(name) ? strFromU8(data) : '']));
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const blocks = (xml: string, tag: string): string[] => [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

/** Paragraph texts of DrawingML (slides, notes): the runs of each <a:p> joined; <a:br/> as a newline. */
export const drawingParagraphs = (xml: string): string[] => blocks(xml, 'a:p').map((p) => decode([...p.matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\/>/g)].map((m) => m[1] ?? '\n').join('')));

/** Paragraph texts of WordprocessingML. */
export const wordParagraphs = (xml: string): string[] => blocks(xml, 'w:p').map((p) => decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('')));

export interface Slide {
  index: number;
  /** Every paragraph of the slide outside its tables. */
  text: string[];
  /** Tables: rows of cells of paragraphs. */
  tables: string[][][][];
  notes: string;
  /** Alt text of each picture. */
  alts: string[];
  /** Superscript runs (footnote marks) in table cells. */
  superscripts: string[];
}

/** The slides of a deck in order (ppt/slides/slideN.xml as presentation.xml lists them), with their notes. */
export function slidesOf(zip: Zip): Slide[] {
  const rels = zip['ppt/_rels/presentation.xml.rels']!;
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
  const ids = [...zip['ppt/presentation.xml']!.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => m[1]!);
  return ids.map((id, i) => {
    const file = `ppt/${target(id)}`;
    const xml = zip[file]!;
    const slideRels = zip[file.replace('slides/', 'slides/_rels/') + '.rels'] ?? '';
    const notesFile = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(slideRels)?.[1];
    const tables = blocks(xml, 'a:tbl').map((t) => blocks(t, 'a:tr').map((tr) => blocks(tr, 'a:tc').map((tc) => drawingParagraphs(tc))));
    const outside = xml.replace(/<a:tbl>[\s\S]*?<\/a:tbl>/g, '');
    const superscripts = blocks(xml, 'a:tbl').flatMap((t) => [...t.matchAll(/<a:rPr[^>]*baseline="30000"[^>]*>[\s\S]*?<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)));
    return {
      index: i + 1,
      text: drawingParagraphs(outside),
      tables,
      notes: notesFile ? drawingParagraphs(zip[`ppt/notesSlides/${notesFile}`]!).join('\n') : '',
      alts: [...xml.matchAll(/<p:cNvPr [^>]*descr="([^"]*)"/g)].map((m) => decode(m[1]!)).filter((d) => d !== ''),
      superscripts,
    };
  });
}

export interface WordDocument {
  paragraphs: string[];
  tables: string[][][][];
  header: string;
  footer: string;
  core: string;
}

export function wordOf(zip: Zip): WordDocument {
  const body = zip['word/document.xml']!;
  const part = (prefix: string) => Object.keys(zip).filter((n) => n.startsWith(`word/${prefix}`) && n.endsWith('.xml')).map((n) => wordParagraphs(zip[n]!).join('\n')).join('\n');
  return {
    paragraphs: wordParagraphs(body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')),
    tables: blocks(body, 'w:tbl').map((t) => blocks(t, 'w:tr').map((tr) => blocks(tr, 'w:tc').map((tc) => wordParagraphs(tc)))),
    header: part('header'),
    footer: part('footer'),
    core: zip['docProps/core.xml'] ?? '',
  };
}

/** Numbers in a text as numbers ("1,008" -> 1008, "0.65" -> 0.65), in order. */
export const numbersIn = (text: string): number[] => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
