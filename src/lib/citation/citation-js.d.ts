// citation-js 0.7 ships no type declarations; these cover the calls this folder makes.
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'string' | 'object';
    template?: string;
    lang?: string;
    nosort?: boolean;
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Array<Record<string, unknown>>;
    format(name: string, options?: FormatOptions): string;
  }
  export const plugins: {
    config: {
      get(name: '@bibtex'): { format: { checkLabel: boolean; useIdAsLabel: boolean } };
      get(name: '@csl'): {
        templates: { add(name: string, xml: string): void; has(name: string): boolean };
        /** citation-js's cached citeproc engine for a style and locale (created on first use), reset to no records. */
        engine(data: unknown[], style: string, lang: string, format: string): { tmp: { taintedItemIDs: object } };
      };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
