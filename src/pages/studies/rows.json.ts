/** Every row of the studies table as compact JSON, loaded on demand by src/scripts/studies-table.ts. */
import { getEvidence } from '../../data/site';
import { studyTableJson } from '../../components/evidence';

export const GET = () => new Response(JSON.stringify(studyTableJson(getEvidence())), { headers: { 'Content-Type': 'application/json' } });
