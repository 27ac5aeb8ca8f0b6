// @ts-nocheck
import type { DataQualityNote } from '../../data/consistency';
import type { Study } from '../../schemas';

/** A data-quality note as pages render it: computed by the consistency pass or curated in the study file. */
export interface ShownNote {
  id: string;
  message: string;
  reported: string;
  computed: string;
  /** Label of the right-hand side: "Computed" for arithmetic, "Found" for curated notes. */
  computedLabel: string;
  provenance?: Study['curatedNotes'][number]['provenance'];
}

/** Notes by record, indexed once per notes array: every study page and the studies table look theirs up. */
const byRecord = new WeakMap<DataQualityNote[], Map<string, DataQualityNote[]>>();
function notesOfRecord(notes: DataQualityNote[], record: string): DataQualityNote[] {
  let index = byRecord.get(notes);
  if (!index) {
    byRecord.set(notes, (index = new Map()));
    for (const n of notes) {
      const list = index.get(n.record);
      if (list) list.push(n);
      else index.set(n.record, [n]);
    }
  }
  return index.get(record) ?? [];
}

/** Every note of a study: computed ones whose record is study/<id>, then its curated notes. */
export function studyNotes(study: Study, notes: DataQualityNote[]): ShownNote[] {
  const computed = notesOfRecord(notes, `study/${study.id}`)
    .map((n) => ({ id: n.id, message: n.message, reported: n.reported, computed: n.computed, computedLabel: 'Computed' }));
  const curated = study.curatedNotes.map((c, i) => ({
    id: `curated/${study.id}/${i}`,
    message: c.text,
    reported: c.reported,
    computed: c.found,
    computedLabel: 'Found',
    provenance: c.provenance,
  }));
  return [...computed, ...curated];
}

/** Notes of the review as a whole (record "review"). */
export function reviewNotes(notes: DataQualityNote[]): ShownNote[] {
  return notes
    .filter((n) => n.record === 'review')
    .map((n) => ({ id: n.id, message: n.message, reported: n.reported, computed: n.computed, computedLabel: 'Computed' }));
}
