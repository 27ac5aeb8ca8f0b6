/**
 * Text width estimate for layout without a DOM: per-character advance widths of DejaVu Sans
 * (in em), the widest common sans font, so system fonts never overflow the space reserved.
 */
// @ts-nocheck

const narrow = new Set(' .,:;\'|!il()[]{}/\\`');
const widths: Record<string, number> = {
  f: 0.36, j: 0.28, r: 0.42, t: 0.4, I: 0.3, J: 0.3, m: 0.98, w: 0.82, M: 0.87, W: 0.99,
  '%': 0.95, '=': 0.84, '+': 0.84, '±': 0.84, '−': 0.84, '–': 0.5, '—': 1, '-': 0.37, '·': 0.32, '×': 0.84,
  '≥': 0.84, '≤': 0.84, '→': 0.84, '←': 0.84, '²': 0.4, τ: 0.6, '⊕': 0.84, '◯': 0.99, '⚠': 0.9,
};

/** Advance width of one character in em (memoised: charts measure the same few characters millions of times). */
const emCache = new Map<string, number>();
function charEm(ch: string): number {
  let em = emCache.get(ch);
  if (em === undefined) {
    em = widths[ch] ?? (narrow.has(ch) ? 0.32 : /[0-9]/.test(ch) ? 0.64 : /[A-Z]/.test(ch) ? 0.74 : 0.62);
    emCache.set(ch, em);
  }
  return em;
}

/** Estimated advance width of `text` at `fontSize` (bold adds ~12%). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.12 : 1);
}

/** Greedy word wrap to `maxWidth`; a single word longer than the line is split by characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (textWidth(rest, fontSize, bold) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && textWidth(rest.slice(0, cut), fontSize, bold) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
