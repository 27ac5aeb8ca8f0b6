import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvidence } from '../../../data/site';
import { questionPackFiles } from '../../../pack/packFiles';
import { bytesBody } from '../../../lib/site/bytesBody';

/** Each question's presentation pack: /questions/<id>/<id>-slides.pptx and <id>-summary-of-findings.docx. */
export const getStaticPaths = (() =>
  getEvidence().questions.flatMap((q) => questionPackFiles(getEvidence(), q).map((f) => ({ params: { id: q.id, file: f.name }, props: { qid: q.id, name: f.name } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const ev = getEvidence();
  const q = ev.questions.find((x) => x.id === props.qid)!;
  const f = questionPackFiles(ev, q).find((x) => x.name === props.name)!;
  return new Response(bytesBody(await f.render()), { headers: { 'Content-Type': f.type } });
};
