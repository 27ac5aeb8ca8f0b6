// @ts-nocheck
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Doc comments of the zod schemas, keyed by exported schema name, then by field path ("pico.population"). */
export type SchemaDocComments = Map<string, Map<string, string>>;

const docOf = (node: ts.Node): string | undefined => {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const text = docs?.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ').trim();
  return text ? text.replace(/\s+/g, ' ') : undefined;
};

/**
 * Most schema fields are documented with a doc comment rather than `.describe()`, and zod cannot see
 * comments. Reading them from the schema sources keeps one place of truth for field meanings: the
 * published JSON Schema and the data dictionary both carry them.
 */
export function readSchemaDocComments(root: string): SchemaDocComments {
  const dir = join(root, 'src/schemas');
  const out: SchemaDocComments = new Map();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
    const file = ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const consts = new Map<string, { init: ts.Expression; exported: boolean; stmt: ts.VariableStatement }>();
    for (const stmt of file.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      const exported = stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      for (const d of stmt.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, { init: d.initializer, exported, stmt });
    }
    for (const [schemaName, { init, exported, stmt }] of consts) {
      if (!exported) continue;
      const fields = new Map<string, string>();
      const own = docOf(stmt);
      if (own) fields.set('', own);
      const seen = new Set<string>([schemaName]);
      const visit = (node: ts.Node, prefix: string): void => {
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['object', 'extend'].includes(node.expression.name.text)) {
          const arg = node.arguments[0];
          if (arg && ts.isObjectLiteralExpression(arg)) {
            visit(node.expression.expression, prefix);
            for (const p of arg.properties) {
              if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
              const path = prefix + p.name.text;
              const doc = docOf(p);
              if (doc && !fields.has(path)) fields.set(path, doc);
              visit(p.initializer, `${path}.`);
            }
            return;
          }
        }
        // A local, unexported helper schema (e.g. StudyCount in review.ts) is inlined where it is used.
        if (ts.isIdentifier(node) && consts.has(node.text) && !consts.get(node.text)!.exported && !seen.has(node.text)) {
          seen.add(node.text);
          visit(consts.get(node.text)!.init, prefix);
          seen.delete(node.text);
          return;
        }
        ts.forEachChild(node, (child) => visit(child, prefix));
      };
      visit(init, '');
      out.set(schemaName, fields);
    }
  }
  return out;
}
