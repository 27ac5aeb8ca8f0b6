/**
 * A record's BibTeX and RIS texts are formatted once, for the bulk files (/cite/), and handed to the record's page for
 * its download links (src/data/export/citationFiles.ts). The page must offer exactly the text in the bulk file and
 * what formatCitation gives, whether it takes the kept text or (dev server, second render) formats it anew.
 */
import { expect, it } from 'vitest';
import { bulkCitationFiles, citeItems, recordCitationText, takeCitationBody } from '../../src/data/export';
import { bulkCitationText, citeFiles, formatCitation } from '../../src/lib/citation';

it('each record page gets the bulk file’s own text, once kept and then formatted anew, and the bulk bodies are those texts', () => {
  const files = bulkCitationFiles();
  for (const kind of ['sources', 'studies'] as const) {
    const items = citeItems(kind);
    expect(items.length).toBeGreaterThan(4);
    for (const f of citeFiles) {
      const file = files.find((x) => x.kind === kind && x.file.endsWith(`.${f.ext}`))!;
      const body = new TextDecoder().decode(takeCitationBody(file.file));
      const texts = items.map((item) => formatCitation(item, f.format));
      expect(body, file.file).toBe(bulkCitationText(texts, f.ext));
      expect(Buffer.byteLength(body), file.file).toBe(file.bytes);
      items.forEach((item, i) => {
        expect(recordCitationText(item, f.format), `${item.id} ${f.format}`).toBe(texts[i]);
        expect(recordCitationText(item, f.format), `${item.id} ${f.format}, again`).toBe(texts[i]);
      });
    }
  }
});
