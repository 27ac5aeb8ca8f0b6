// @ts-nocheck
import type { Evidence } from '../evidence';
import { armsVsTotal } from './armsVsTotal';
import type { DataQualityNote } from './note';
import { percentVsCount } from './percentVsCount';
import { quotedDifference } from './quotedDifference';
import { reviewArithmetic } from './reviewArithmetic';
import { sharesVsWhole } from './sharesVsWhole';

export type { DataQualityNote } from './note';

/** Everything the sources report that does not add up, as notes for readers. Never fails: the data stays as printed. */
export function consistencyNotes(ev: Evidence): DataQualityNote[] {
  const notes = reviewArithmetic(ev.review, ev.files.review!);
  for (const s of ev.studies) {
    const file = ev.files[`studies/${s.id}`]!;
    notes.push(...armsVsTotal(s, file), ...percentVsCount(s, file), ...quotedDifference(s, file), ...sharesVsWhole(s, file));
  }
  return notes;
}
