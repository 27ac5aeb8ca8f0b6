// @ts-nocheck
import { describe, it, expect } from 'vitest';
import { logitProportion, riskDifference, riskRatio } from '../../../src/lib/stats';
import type { EffectSize } from '../../../src/lib/stats';
import { expectClose } from '../../helpers/expectClose';
import { reference, type EscalcCase, type MetaCase } from './referenceFixture';

/** Recomputes a study's effect size from the raw counts of an escalc/rma fixture case. */
function effect(c: Pick<EscalcCase, 'measure' | 'inputs'>, i: number): EffectSize {
  const v = c.inputs;
  if (c.measure === 'PLO') return logitProportion(v.xi![i]!, v.ni![i]!);
  const args = [v.ai![i]!, v.n1i![i]!, v.ci![i]!, v.n2i![i]!] as const;
  return c.measure === 'RD' ? riskDifference(...args) : riskRatio(...args);
}

function hasZeroCell(c: Pick<EscalcCase, 'measure' | 'inputs'>, i: number): boolean {
  const v = c.inputs;
  if (c.measure === 'PLO') return v.xi![i] === 0 || v.xi![i] === v.ni![i];
  return [v.ai![i], v.n1i![i]! - v.ai![i]!, v.ci![i], v.n2i![i]! - v.ci![i]!].includes(0);
}

const cases: Pick<MetaCase, 'call' | 'measure' | 'inputs' | 'yi' | 'vi'>[] = [
  ...reference.escalc,
  ...reference.meta,
];

describe('effect sizes vs metafor escalc', () => {
  it.each(cases)('$call', (c) => {
    c.yi.forEach((yi, i) => {
      const e = effect(c, i);
      expect(e.measure).toBe(c.measure);
      expectClose(e.yi, yi, 1e-4, `yi[${i}]`);
      expectClose(e.vi, c.vi[i]!, 1e-4, `vi[${i}]`);
      expect(e.continuityCorrected).toBe(hasZeroCell(c, i));
    });
  });

  it('the zero-cell fixtures really contain zero cells', () => {
    const zero = reference.escalc.filter((c) => c.id.includes('zero'));
    expect(zero.length).toBeGreaterThanOrEqual(3);
    for (const c of zero) expect(c.yi.some((_, i) => hasZeroCell(c, i))).toBe(true);
  });

  it('gives finite, positive variances and antisymmetric group swaps', () => {
    for (const c of reference.escalc.filter((e) => e.measure !== 'PLO')) {
      const v = c.inputs;
      v.ai!.forEach((_, i) => {
        const f = c.measure === 'RD' ? riskDifference : riskRatio;
        const a = f(v.ai![i]!, v.n1i![i]!, v.ci![i]!, v.n2i![i]!);
        const b = f(v.ci![i]!, v.n2i![i]!, v.ai![i]!, v.n1i![i]!);
        expect(a.vi).toBeGreaterThan(0);
        expectClose(a.yi, -b.yi, 1e-12, 'swap yi');
        expectClose(a.vi, b.vi, 1e-12, 'swap vi');
      });
    }
  });

  it('rejects impossible counts', () => {
    expect(() => logitProportion(5, 4)).toThrow(RangeError);
    expect(() => riskRatio(1.5, 10, 2, 10)).toThrow(RangeError);
    expect(() => riskDifference(1, 0, 2, 10)).toThrow(RangeError);
  });
});
