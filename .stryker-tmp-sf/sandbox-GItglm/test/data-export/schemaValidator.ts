// @ts-nocheck
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';

/**
 * An ajv (draft 2020-12) validator for a published schema: independent of zod, so a reuser's tooling and
 * our build agree. ajv needs formats declared; "date" is RFC 3339 full-date.
 */
export function schemaValidator(schema: Record<string, unknown>): (pointer: string) => ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
  ajv.addSchema(schema);
  const id = String(schema.$id);
  return (pointer) => {
    const v = ajv.getSchema(`${id}${pointer}`);
    if (!v) throw new Error(`no schema at ${pointer}`);
    return v;
  };
}
