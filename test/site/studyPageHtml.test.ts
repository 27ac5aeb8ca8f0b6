/**
 * The pure parts of writing study pages outside Astro's page pipeline (src/components/study/studyPageHtml.ts).
 * The pages here are written out by hand in the shape Astro writes: stylesheets inlined just before </head>.
 */
import { describe, expect, it } from 'vitest';
import { firstDifference, headStyles, referenceStudy, withHeadStyles } from '../../src/components/study/studyPageHtml';

const styles = '<style>body{margin:0}</style><style>main{padding:1rem}</style>';
const page = (head: string) => `<!DOCTYPE html><html lang="en"><head><title>A</title>${head}</head><body><main><style>not this</style></main></body></html>`;

describe('referenceStudy', () => {
  it('is the second study, else the only one', () => {
    expect(referenceStudy(['a', 'b', 'c'])).toBe('b');
    expect(referenceStudy(['a'])).toBe('a');
    expect(referenceStudy([])).toBeUndefined();
  });
});

describe('headStyles and withHeadStyles', () => {
  it('takes every stylesheet closing the head, and puts them back in the same place', () => {
    expect(headStyles(page(styles), 'a.html')).toBe(styles);
    expect(withHeadStyles(page(''), styles, 'a.html')).toBe(page(styles));
  });
  it('names the page and what is missing', () => {
    expect(() => headStyles(page(''), 'studies/a/index.html')).toThrow("studies/a/index.html: expected Astro's inlined stylesheets just before </head>, found none");
    expect(() => withHeadStyles('<html><body></body></html>', styles, 'b.html')).toThrow('b.html: expected a </head> to put the stylesheets before, found none');
    expect(() => withHeadStyles(page(styles), styles, 'c.html')).toThrow("c.html: expected a page without Astro's stylesheets, found them already in its head");
  });
});

describe('firstDifference', () => {
  it('is undefined for equal texts, else the first differing character with text around it', () => {
    expect(firstDifference('abc', 'abc')).toBeUndefined();
    expect(firstDifference('abcX', 'abcY')).toBe('at character 3: "abcX" against "abcY"');
    expect(firstDifference('abc', 'ab')).toBe('at character 2: "abc" against "ab"');
  });
});
