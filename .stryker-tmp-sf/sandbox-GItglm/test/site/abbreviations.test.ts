// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { hasDist, htmlPages, page } from './dist';

// Each abbreviation links to the glossary once per page, at its first use (in document order).
describe.skipIf(!hasDist)('abbreviations', () => {
  const pages = hasDist ? htmlPages().filter((p) => p !== '/glossary/' && page(p).querySelector('main abbr')) : [];
  it('finds pages with abbreviations', () => expect(pages.length).toBeGreaterThan(0));
  it.each(pages)('%s links each abbreviation once, at its first use', (path) => {
    const main = page(path).querySelector('main')!;
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const abbr of main.querySelectorAll('abbr')) {
      const term = abbr.text.trim();
      const link = abbr.parentNode?.tagName === 'A' && (abbr.parentNode.getAttribute('href') ?? '').includes('/glossary/#');
      if (!seen.has(term) && !link && abbr.parentNode?.tagName !== 'A') problems.push(`first "${term}" not linked`);
      if (seen.has(term) && link) problems.push(`"${term}" linked again`);
      seen.add(term);
    }
    expect(problems.join('\n')).toBe('');
  });
});
