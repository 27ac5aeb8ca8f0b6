/** Every row of the studies table as compact JSON, loaded on demand by src/scripts/studies-table.ts. */
import { getEvidence } from '../../data/site';
import { studyTableJson } from '../../components/evidence';
import { bytesBody } from '../../lib/site/bytesBody';

// As bytes (12 MB at 1000x): a string body is scanned, encoded and read back in pieces by the Response.
export const GET = () => new Response(bytesBody(Buffer.from(JSON.stringify(studyTableJson(getEvidence())), 'utf8')), { headers: { 'Content-Type': 'application/json' } });
