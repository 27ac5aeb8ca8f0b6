/** A data-quality note: something the sources report that does not add up, shown to readers beside the record. */
// @ts-nocheck

export interface DataQualityNote {
  /** Stable id, e.g. "arms-vs-total/saxena-2012". */
  id: string;
  kind: 'arms-vs-total' | 'flow-arithmetic' | 'parts-vs-whole' | 'quoted-difference' | 'percent-vs-count';
  /** The record the note belongs to: "study/<id>" or "review". */
  record: string;
  /** Data file and JSON path of the reported value. */
  file: string;
  path: string;
  /** What the source reports, e.g. "total 17". */
  reported: string;
  /** What the reported parts compute to, e.g. "10 + 15 + 14 + 11 = 50". */
  computed: string;
  /** One sentence for readers. */
  message: string;
}
