/**
 * Text a page may show without a value marker: every string held in data/ and content/ (labels, summaries,
 * glossary terms, MDX prose), read here as raw files. A phrase with a digit that is none of these, and is not
 * marked, not a verified quote and not site furniture, is a number nobody can trace: the test reports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consistencyNotes } from '../../src/data/consistency';
import { loadEvidence } from '../../src/data/loadEvidence';
import { PROJECT_ROOT } from '../helpers/tmpProject';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function strings(x: unknown, out: string[]): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) x.forEach((v) => strings(v, out));
  else if (x && typeof x === 'object') Object.values(x).forEach((v) => strings(v, out));
  return out;
}

/** Whitespace collapsed and typographic apostrophes read as plain ones (MDX prints ' as ’). */
export const squash = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** One long haystack of every data/ and content/ string, whitespace collapsed, separated by a line break. */
export function knownText(): string {
  const json = [...files(join(PROJECT_ROOT, 'data'), /\.json$/), ...files(join(PROJECT_ROOT, 'content'), /\.json$/)].flatMap((f) =>
    strings(JSON.parse(readFileSync(f, 'utf8')), []),
  );
  // MDX prose: the text between components, with the markup of components and Markdown removed.
  const mdx = files(join(PROJECT_ROOT, 'content'), /\.mdx$/).flatMap((f) =>
    readFileSync(f, 'utf8')
      .replace(/<[^>]*>/g, '\n')
      .replace(/[*_`#]/g, '')
      .split('\n'),
  );
  return [...json, ...mdx].map(squash).join('\n');
}

/**
 * The data-quality notes of the consistency pass (message, reported and computed sides). Their arithmetic is
 * pinned by test/data/consistency.test.ts to numbers transcribed from the sources, so a note shown in dist/
 * that differs from them by one digit is a changed number.
 */
export function consistencyNoteText(): string {
  const loaded = loadEvidence(PROJECT_ROOT);
  if (!loaded.ok) throw new Error(`data/ does not load: ${loaded.problems.length} problem(s)`);
  return consistencyNotes(loaded.evidence)
    .flatMap((n) => [n.message, n.reported, n.computed, `reported ${n.reported}`])
    .map(squash)
    .join('\n');
}

/**
 * Fixed wording written in src/ (headings, figure titles, column names): phrases with letters may come from it.
 * A number computed into a sentence never occurs verbatim in the code that writes it, so it still has to be marked.
 */
export function codeText(): string {
  return files(join(PROJECT_ROOT, 'src'), /\.(ts|astro)$/)
    .map((f) => squash(readFileSync(f, 'utf8')))
    .join('\n');
}
