import { expect, it } from 'vitest';
import { bulkCitationText, citeDataUrl } from '../../src/lib/citation';

// Text with what a reference holds: newlines, tabs, braces, quotes, "#", "%", "&" and non-ASCII letters.
const text = '@article{yao-2011,\n\ttitle = {Ki-67 ≥ 20% & "NET" #1: Müller\'s cohort},\n}\n';

it('a data: URL carries the file exactly, with its media type and charset', () => {
  const url = citeDataUrl(text, 'application/x-bibtex; charset=utf-8');
  expect(url.startsWith('data:application/x-bibtex;charset=utf-8,')).toBe(true);
  expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(text);
  expect(new URL(url).href).toBe(url);
});

it('a data: URL holds URL code points only (no space, newline, "#" or "%" but escapes)', () => {
  const url = citeDataUrl(text, 'application/x-bibtex; charset=utf-8');
  expect(url).toMatch(/^[A-Za-z0-9!$&'()*+,\-./:;=?@_~]*(%[0-9A-F]{2}[A-Za-z0-9!$&'()*+,\-./:;=?@_~]*)*$/);
});

it('bulk BibTeX and RIS put the entries one after another, a blank line between', () => {
  expect(bulkCitationText(['@a{x,\n}\n', '@a{y,\n}\n\n'], 'bib')).toBe('@a{x,\n}\n\n@a{y,\n}\n');
  expect(bulkCitationText(['TY  - JOUR\nER  - \n', 'TY  - BOOK\nER  - \n'], 'ris')).toBe('TY  - JOUR\nER  - \n\nTY  - BOOK\nER  - \n');
});

it('bulk CSL-JSON is one array of every record', () => {
  expect(JSON.parse(bulkCitationText(['[{"id":"a"}]\n', '[{"id":"b"}]\n'], 'json'))).toEqual([{ id: 'a' }, { id: 'b' }]);
});
