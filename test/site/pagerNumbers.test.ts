import { describe, expect, it } from 'vitest';
import { PAGER_ALL_UP_TO, pagerNumbers } from '../../src/components/evidence';

/** Pages reachable from `start` in at most `clicks` pager clicks (following any linked number or prev/next). */
function reachable(start: number, total: number, clicks: number): Set<number> {
  let frontier = new Set([start]);
  const seen = new Set([start]);
  for (let c = 0; c < clicks; c++) {
    const next = new Set<number>();
    for (const p of frontier)
      for (const n of [...pagerNumbers(p, total), p - 1, p + 1]) if (n !== null && n >= 1 && n <= total && !seen.has(n)) (seen.add(n), next.add(n));
    frontier = next;
  }
  return seen;
}

describe('pagerNumbers: which page numbers the studies table pager links', () => {
  it('links every page of a short table', () => {
    for (let total = 1; total <= PAGER_ALL_UP_TO; total++) expect(pagerNumbers(1, total)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });

  it('beyond that: ascending, within 1..total, the first, last, current and its neighbours, a gap (null) wherever numbers are skipped', () => {
    for (const total of [PAGER_ALL_UP_TO + 1, 148, 1476])
      for (const current of [1, 2, 7, Math.floor(total / 2), total - 1, total]) {
        const shown = pagerNumbers(current, total);
        const numbers = shown.filter((n): n is number => n !== null);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(total);
        for (const n of [current - 1, current, current + 1]) if (n >= 1 && n <= total) expect(numbers).toContain(n);
        shown.forEach((n, i) => {
          if (i === 0) return;
          const prev = shown[i - 1]!;
          if (n === null) expect(prev).not.toBeNull();
          else if (prev === null) expect(n - (shown[i - 2] as number)).toBeGreaterThan(1);
          else expect(n - prev).toBe(1);
        });
      }
  });

  it('stays short at any size, and every page is a few clicks from any other', () => {
    expect(pagerNumbers(738, 1476).length).toBeLessThanOrEqual(50);
    expect(pagerNumbers(7380, 14760).length).toBeLessThanOrEqual(70);
    for (const start of [1, 700, 1476]) expect(reachable(start, 1476, 12).size).toBe(1476);
  });
});
