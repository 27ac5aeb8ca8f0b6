// @ts-nocheck
import { expect } from 'vitest';

/** Asserts |actual - expected| <= tol (absolute), with a readable message. */
export function expectClose(actual: number, expected: number, tol = 1e-4, label = ''): void {
  const ok = Number.isFinite(actual) && Math.abs(actual - expected) <= tol;
  expect(ok, `${label} expected ${expected} +/- ${tol}, got ${actual}`).toBe(true);
}
