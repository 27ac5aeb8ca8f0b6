// @ts-nocheck
import type { Study, sourceIds } from '../../schemas';

type SourceId = (typeof sourceIds)[number];

/** Source documents a study's numbers are quoted from, in source order. */
export function studySources(study: Study): SourceId[] {
  const found = new Set<SourceId>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.quote === 'string') found.add(o.source as SourceId);
      else Object.values(o).forEach(visit);
    }
  };
  visit(study);
  return [...found].sort();
}
