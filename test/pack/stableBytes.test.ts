/**
 * Office files come out with the same bytes whenever they are made: pptxgenjs and docx write the time of writing
 * into docProps/core.xml and the zip entries, and stableOfficeFile replaces both with the evidence base's
 * compiledOn. Made at two different clock times, a deck and a Word file must be identical, and the raw output of
 * the libraries must not be (else this test could not fail).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import PptxGenJS from 'pptxgenjs';
import { getEvidence } from '../../src/data/site';
import { stableOfficeFile } from '../../src/pack/stableZip';
import { sofDocument } from '../../src/pack/sofDocument';
import { questionDeck } from '../../src/pack/questionDeck';
import { strFromU8, unzipSync } from 'fflate';

const ev = getEvidence();
const context = { siteTitle: ev.meta.title, version: '9.9.9', evidenceCurrentTo: ev.meta.evidenceCurrentTo, compiledOn: ev.meta.compiledOn, permalink: '/questions/sequencing-primary-and-metastases/' };

async function at<T>(iso: string, make: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  try {
    return await make();
  } finally {
    vi.useRealTimers();
  }
}

async function rawDeck(): Promise<Uint8Array> {
  const deck = new PptxGenJS();
  deck.addSlide().addText('x', { x: 1, y: 1, w: 2, h: 1 });
  return (await deck.write({ outputType: 'uint8array' })) as Uint8Array;
}

describe('stable Office files', () => {
  afterEach(() => vi.useRealTimers());

  it('pptxgenjs alone writes the clock into the file', async () => {
    const [a, b] = [await at('2030-01-02T03:04:05Z', rawDeck), await at('2031-06-07T08:09:10Z', rawDeck)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('stableOfficeFile makes them identical and dated compiledOn', async () => {
    const [a, b] = [await at('2030-01-02T03:04:05Z', rawDeck), await at('2031-06-07T08:09:10Z', rawDeck)].map((x) => stableOfficeFile(x, '2026-11-23'));
    expect(Buffer.from(a!).equals(Buffer.from(b!))).toBe(true);
    const core = strFromU8(unzipSync(a!)['docProps/core.xml']!);
    expect(core).toContain('>2026-11-23T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2026-11-23T00:00:00Z</dcterms:modified>');
  });

  it('rejects a date that is not YYYY-MM-DD', () => expect(() => stableOfficeFile(new Uint8Array(), '2020')).toThrow(/YYYY-MM-DD, found "2020"/));

  it('a question deck and its Word SoF have the same bytes at any time', async () => {
    const q = ev.questions.find((x) => x.id === 'sequencing-primary-and-metastases')!;
    const deck = () => questionDeck(ev, q, context, []);
    const doc = () => sofDocument(ev, q, context);
    expect(Buffer.from(await at('2030-01-02T03:04:05Z', deck)).equals(Buffer.from(await at('2031-06-07T08:09:10Z', deck)))).toBe(true);
    expect(Buffer.from(await at('2030-01-02T03:04:05Z', doc)).equals(Buffer.from(await at('2031-06-07T08:09:10Z', doc)))).toBe(true);
  });
});
