// @ts-nocheck
import type { CslName } from './cslItem';

const SUFFIXES = new Set(['Jr', 'Sr', '2nd', '3rd', '4th', 'II', 'III', 'IV']);
const INITIALS = /^[A-Z]{1,4}$/;

/** "JX" -> "J. X.": citeproc reads an unpunctuated "JX" as one given name and abbreviates it to "J". */
function punctuate(initials: string): string {
  return initials.split('').map((c) => `${c}.`).join(' ');
}

/** One "Family Initials [Suffix]" name (Vancouver order, as PubMed prints it); anything else is kept literally. */
export function parseAuthor(text: string): CslName {
  const tokens = text.trim().split(/\s+/);
  const suffix = tokens.length > 2 && SUFFIXES.has(tokens[tokens.length - 1]!) ? tokens.pop() : undefined;
  const initials = tokens.length > 1 ? tokens[tokens.length - 1]! : '';
  if (!INITIALS.test(initials)) return { literal: text.trim() };
  const family = tokens.slice(0, -1).join(' ');
  return suffix ? { family, given: punctuate(initials), suffix } : { family, given: punctuate(initials) };
}

/**
 * Authors as our data stores them ("Yao KA, Talamonti MS, Benson AB 3rd"); a trailing "et al." marks a list
 * the record itself cut short, reported as `truncated` rather than turned into a fake author.
 */
export function parseAuthors(list: string): { names: CslName[]; truncated: boolean } {
  const parts = list.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const truncated = parts.length > 0 && /^et al\.?$/i.test(parts[parts.length - 1]!);
  const names = (truncated ? parts.slice(0, -1) : parts).map(parseAuthor);
  return { names, truncated };
}
