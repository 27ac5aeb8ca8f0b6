/** numberWord and wordList (src/lib/format/numberWord.ts): small counts in words as prose spells them, written out by hand. */
import { describe, expect, it } from 'vitest';
import { numberWord, wordList } from '../../../src/lib/format/numberWord';

describe('numberWord', () => {
  it('0 to 12 in words (0 is "no"), anything else as digits', () => {
    expect([0, 1, 5, 12].map(numberWord)).toEqual(['no', 'one', 'five', 'twelve']);
    expect([13, 100, -1, 2.5].map(numberWord)).toEqual(['13', '100', '-1', '2.5']);
  });
});

describe('wordList', () => {
  it('none, one, two, or a list joined by commas and a final "and"', () => {
    expect(wordList([])).toBe('');
    expect(wordList([5])).toBe('five');
    expect(wordList([5, 10])).toBe('five and ten');
    expect(wordList([1, 3, 5])).toBe('one, three and five');
    expect(wordList([1, 20])).toBe('one and 20');
  });
});
