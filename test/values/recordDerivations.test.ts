/**
 * Markers derived from whole records (the home page's patient total, a source page's quote counts): one wildcard
 * address at any size of the evidence base, and still a failing check when the shown number is wrong.
 * Expected numbers are read off data/studies/*.json by hand (quoted in each case).
 */
import { describe, expect, it } from 'vitest';
import { checkMarker } from './checkMarker';
import { recordParticipants } from './recordDerivations';

describe('participants of a study record', () => {
  it('sums the arms when every arm has an n (Mayo 2011: 339 + 414)', () => expect(recordParticipants('studies/mayo-2011')).toBe(753));
  it('takes the whole cohort when an arm has no n (CLARINET: cohort 204, arms unnumbered)', () => expect(recordParticipants('studies/clarinet')).toBe(204));
  it('counts nothing when neither arms, cohort nor a printed total give a number', () => expect(recordParticipants('studies/iat-propensity-comparison')).toBeUndefined());
});

describe('record-derived markers', () => {
  const three = 'studies/mayo-2011#/id studies/clarinet#/id studies/iat-propensity-comparison#/id';
  it('checks a participants sum and how many records it counts', () => {
    expect(checkMarker({ refs: three, derived: 'participants', text: '957' })).toEqual([]);
    expect(checkMarker({ refs: three, derived: 'participants', text: '958' })).toHaveLength(1);
    expect(checkMarker({ refs: three, derived: 'participants-counted', text: '2' })).toEqual([]);
    expect(checkMarker({ refs: three, derived: 'participants-counted', text: '3' })).toHaveLength(1);
  });
  it('expands a wildcard to every study record', () => {
    expect(checkMarker({ refs: 'studies/*#/id', derived: 'participants', text: '0' })[0]).toMatch(/^participants over \d+ ref\(s\): expected \d+/);
  });
  it('counts the quotes of a source in the records, and the records that quote it (Xiang 2018: 10 quotes of 001)', () => {
    const refs = 'sources/001_3934f534aec4b2ba#/id studies/xiang-2018#/id studies/mayo-2011#/id';
    expect(checkMarker({ refs, derived: 'quotes', text: '10' })).toEqual([]);
    expect(checkMarker({ refs, derived: 'quotes', text: '11' })).toHaveLength(1);
    expect(checkMarker({ refs, derived: 'records-quoting', text: '1' })).toEqual([]);
    expect(checkMarker({ refs, derived: 'records-quoting', text: '2' })).toHaveLength(1);
  });
  it('refuses quote counts whose first ref is not a source', () => {
    expect(checkMarker({ refs: 'studies/xiang-2018#/id', derived: 'quotes', text: '10' })[0]).toMatch(/must name a source/);
  });
});
