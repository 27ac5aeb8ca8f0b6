/**
 * `JSON.stringify(doc, null, 2) + '\n'`, in pieces: one per element of each top-level array, so a caller can write
 * the document without ever holding it as one string. At 1000x the evidence JSON is 158 MB of UTF-8, which as a
 * single JavaScript string was 316 MB (its quotes hold en dashes, so V8 stores it two bytes a character), then
 * copied into bytes and copied again on its way to disk: the build's memory peak (issue 13). Joined, the pieces are
 * that string exactly (test/data-export/jsonChunks.test.ts).
 */
export function* jsonChunks(doc: Readonly<Record<string, unknown>>): Generator<string> {
  // JSON.stringify leaves out members whose value is undefined, a function or a symbol.
  const entries = Object.entries(doc).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const after = i < entries.length - 1 ? ',\n' : '\n';
    const name = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield `${name}[\n`;
      // In arrays JSON.stringify writes null for what it would leave out of an object.
      for (const [j, element] of value.entries()) {
        const text: string | undefined = JSON.stringify(element, null, 2);
        yield `    ${indented(text ?? 'null', 4)}${j < value.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${after}`;
    } else {
      yield `${name}${indented(JSON.stringify(value, null, 2), 2)}${after}`;
    }
  }
  yield '}\n';
}

/** Every line after the first moved right by `spaces` (JSON text has no raw line breaks inside its strings). */
const indented = (text: string, spaces: number) => text.replaceAll('\n', `\n${' '.repeat(spaces)}`);
