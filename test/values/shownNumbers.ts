/**
 * The numbers a reader sees in a piece of text, in order, with the decimals shown, parsed here by hand
 * (not with the site's formatting code): "1,026" is 1026, "−2.5" (U+2212 or a hyphen after a space or
 * bracket) is negative, "41–100" is two numbers, "5-year" is 5.
 */
export interface ShownNumber {
  value: number;
  /** Digits after the decimal point as shown: 74 -> 0, 84.2 -> 1. */
  decimals: number;
  text: string;
}

const NUMBER = /(^|[^\d.,])([−-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g;

export function shownNumbers(text: string): ShownNumber[] {
  const out: ShownNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [, before, sign, whole, frac] = m;
    // A hyphen right after a letter or a digit joins words ("5-year", "R0-R1"); a minus sign stands alone.
    const negative = sign === '−' || (sign === '-' && (before === '' || /[\s([=≈<>]/.test(before!)));
    const magnitude = Number(`${whole!.replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
    out.push({ value: negative ? -magnitude : magnitude, decimals: frac?.length ?? 0, text: `${negative ? '−' : ''}${whole}${frac ? `.${frac}` : ''}` });
  }
  return out;
}

/** A shown number stands for `value` when rounding `value` to the shown decimals gives it (half a unit either way). */
export function shows(shown: ShownNumber, value: number): boolean {
  return Math.abs(shown.value - value) <= 0.5 * 10 ** -shown.decimals + 1e-9;
}
