/** A JSON Schema node as zod writes it (only the keywords the dictionary reads). */
// @ts-nocheck

interface Node {
  type?: string | string[];
  description?: string;
  $ref?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  items?: Node;
  anyOf?: Node[];
  properties?: Record<string, Node>;
  required?: string[];
}

/** One field of the dictionary. */
export interface DictionaryField {
  /** Dotted path inside its definition; "[]" marks array items, e.g. "certainty.reasons[].text". */
  path: string;
  /** Type in words, e.g. "array of Outcome", "integer". */
  type: string;
  /** Definitions the type refers to, for links. */
  refs: string[];
  required: boolean;
  /** Allowed values and limits in words, e.g. "one of: median, mean", "1 to 80 characters". */
  constraints: string[];
  description: string;
}

/** One definition (a $def, or the document root) and its fields. */
export interface DictionaryEntry {
  name: string;
  description: string;
  fields: DictionaryField[];
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const refName = (ref: string) => ref.replace(/^#\/\$defs\//, '');

function typeOf(n: Node): { text: string; refs: string[] } {
  if (n.$ref) return { text: refName(n.$ref), refs: [refName(n.$ref)] };
  if (n.anyOf) {
    const parts = n.anyOf.map(typeOf);
    return { text: parts.map((p) => p.text).join(' or '), refs: parts.flatMap((p) => p.refs) };
  }
  if (n.const !== undefined) return { text: JSON.stringify(n.const), refs: [] };
  if (n.type === 'array' && n.items) {
    const inner = typeOf(n.items);
    return { text: `array of ${inner.text}`, refs: inner.refs };
  }
  return { text: Array.isArray(n.type) ? n.type.join(' or ') : (n.type ?? 'any value'), refs: [] };
}

function constraintsOf(n: Node): string[] {
  const out: string[] = [];
  const target = n.type === 'array' && n.items && !n.items.$ref && !n.items.properties ? n.items : n;
  if (target.enum) out.push(`one of: ${target.enum.map((v) => String(v)).join(', ')}`);
  if (target.format) out.push(`format: ${target.format}`);
  if (target.pattern) out.push(`pattern: ${target.pattern}`);
  if (target.minLength !== undefined || target.maxLength !== undefined)
    out.push(`${target.minLength ?? 0} to ${target.maxLength ?? '∞'} characters`);
  const lo = target.minimum ?? target.exclusiveMinimum;
  const hi = target.maximum !== undefined && target.maximum < MAX_SAFE ? target.maximum : target.exclusiveMaximum;
  if (lo !== undefined || hi !== undefined)
    out.push(`${lo === undefined ? '' : `${target.exclusiveMinimum !== undefined ? '>' : '≥'} ${lo}`}${lo !== undefined && hi !== undefined ? ' and ' : ''}${hi === undefined ? '' : `${target.exclusiveMaximum !== undefined ? '<' : '≤'} ${hi}`}`);
  if (n.minItems !== undefined || n.maxItems !== undefined) out.push(`${n.minItems ?? 0} to ${n.maxItems ?? '∞'} items`);
  if (n.default !== undefined) out.push(`default: ${JSON.stringify(n.default)}`);
  return out;
}

function fieldsOf(node: Node, prefix: string, out: DictionaryField[]): void {
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix + key;
    const t = typeOf(child);
    out.push({ path, type: t.text, refs: t.refs, required: required.has(key), constraints: constraintsOf(child), description: child.description ?? '' });
    // Inline objects (not $refs) are listed field by field under their parent.
    if (child.properties) fieldsOf(child, `${path}.`, out);
    if (child.items?.properties) fieldsOf(child.items, `${path}[].`, out);
    for (const alt of child.anyOf ?? []) if (alt.properties) fieldsOf(alt, `${path}.`, out);
  }
}

/** The data dictionary: every field of every definition of the published JSON Schema, in words. */
export function dataDictionary(schema: Record<string, unknown>): DictionaryEntry[] {
  const root = schema as Node & { $defs?: Record<string, Node> };
  const entry = (name: string, n: Node): DictionaryEntry => {
    const fields: DictionaryField[] = [];
    fieldsOf(n, '', fields);
    return { name, description: n.description ?? '', fields };
  };
  return [entry('Evidence document', root), ...Object.entries(root.$defs ?? {}).map(([name, def]) => entry(name, def))];
}
