/** RFC 4180 output of src/data/export/csv.ts, written out by hand: CRLF line ends, quoting only where needed. */
import { expect, it } from 'vitest';
import { toCsv } from '../../src/data/export/csv';

it('quotes fields with a comma, quote or line break, doubles inner quotes, leaves other fields bare', () => {
  const rows = [
    [1.5, 'x,y', 'plain'],
    [null, undefined, ''],
    ['say "74%"', true, 'two\nlines'],
    ['cr\r', 'a;b', 0],
  ];
  expect(toCsv(['a', 'b', 'c'], rows)).toBe('a,b,c\r\n1.5,"x,y",plain\r\n,,\r\n"say ""74%""",true,"two\nlines"\r\n"cr\r",a;b,0\r\n');
});

it('a header alone is one line, ended', () => expect(toCsv(['only'], [])).toBe('only\r\n'));
