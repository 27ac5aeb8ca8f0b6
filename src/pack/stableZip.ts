import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * An Office file (a zip of XML) with the same bytes for the same content: pptxgenjs and docx write the time of
 * writing into docProps/core.xml and into every zip entry. Both become `date` (YYYY-MM-DD, the evidence base's
 * compiledOn), entries keep their order, and the archive is written again with one compression level.
 */
export function stableOfficeFile(bytes: Uint8Array, date: string): Uint8Array<ArrayBuffer> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`stableOfficeFile: date must be YYYY-MM-DD, found "${date}"`);
  // Zip entries store local date and time fields: built from local parts, they read as `date` 00:00 in any time zone.
  const mtime = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const body =
      name === 'docProps/core.xml'
        ? strToU8(strFromU8(data).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${date}T00:00:00Z$3`))
        : data;
    out[name] = [body, { mtime, level: 9 }];
  }
  return new Uint8Array(zipSync(out));
}
