/** Small shared conversions of src/data (landmark years, named-column CSV), on hand-written inputs. */
import { describe, expect, it } from 'vitest';
import { landmarkYears } from '../../src/data/derive/landmarkYears';
import { tableCsv } from '../../src/data/export/csv';

describe('landmarkYears', () => {
  it('years as given, months divided by 12, nothing without a time point', () => {
    expect(landmarkYears({ timepoint: { value: 5, unit: 'years' } })).toBe(5);
    expect(landmarkYears({ timepoint: { value: 18, unit: 'months' } })).toBe(1.5);
    expect(landmarkYears({})).toBeUndefined();
  });
});

describe('tableCsv', () => {
  it('the column keys as header, then each row in column order (missing cells empty)', () => {
    const table = { columns: [{ key: 'a' }, { key: 'b' }], rows: [{ a: 1, b: 'x,y' }, { b: 2 }] };
    expect(tableCsv(table)).toBe('a,b\r\n1,"x,y"\r\n,2\r\n');
  });
});
