/** Collapse whitespace and drop soft hyphens, as PDF extraction scatters them. */
// @ts-nocheck

export function normaliseWhitespace(text: string): string {
  return text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The two readings of a PDF-extracted text: hyphens at line ends removed ("hepat-\nectomy" -> "hepatectomy")
 * and kept ("parenchyma-\nsparing" -> "parenchyma-sparing"); extraction cannot tell them apart.
 */
export function sourceReadings(text: string): [string, string] {
  const t = text.replace(/\u00ad/g, '');
  return [normaliseWhitespace(t.replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '$1')), normaliseWhitespace(t.replace(/-[ \t]*\r?\n\s*/g, '-'))];
}

/** True when the quote occurs verbatim (after normalisation) in one reading of the source. */
export function quoteInSource(quote: string, readings: readonly string[]): boolean {
  const q = normaliseWhitespace(quote);
  return readings.some((r) => r.includes(q));
}
