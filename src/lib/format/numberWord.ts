const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A whole number from 0 to 12 in words ("five"; 0 is "no"), as prose spells small counts; larger ones as digits. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n]! : String(n);
}

/** "five", "five and ten", "one, three and five". */
export function wordList(ns: number[]): string {
  const w = ns.map(numberWord);
  return w.length <= 1 ? (w[0] ?? '') : `${w.slice(0, -1).join(', ')} and ${w.at(-1)}`;
}
