// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { firstUseLinks } from '../../src/components/glossary/firstUseLinks';

const link = (id: string, term: string) => `<a class="abbr-link" href="/glossary/#${id}" data-abbr="${id}"><abbr title="x">${term}</abbr></a>`;

describe('firstUseLinks', () => {
  it('keeps the first link of each term in <main> and unwraps the rest', () => {
    const html = `<nav>${link('os', 'OS')}</nav><main>${link('os', 'OS')} and ${link('pfs', 'PFS')} then ${link('os', 'OS')}</main>`;
    expect(firstUseLinks(html)).toBe(`<nav>${link('os', 'OS')}</nav><main>${link('os', 'OS')} and ${link('pfs', 'PFS')} then <abbr title="x">OS</abbr></main>`);
  });
  it('leaves pages without <main> alone', () => {
    expect(firstUseLinks('<p>x</p>')).toBe('<p>x</p>');
  });
});
