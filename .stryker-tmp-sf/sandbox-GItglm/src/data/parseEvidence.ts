// @ts-nocheck
import type { z } from 'zod';
import { Meta, Question, Recommendations, ReviewFacts, Source, Study, Topic } from '../schemas';
import type { Evidence } from './evidence';
import type { Problem } from './problem';
import { diskFiles, isProblem, readJsonFile, readJsonFolder, type DataFiles, type JsonFile } from './readJsonFiles';
import { zodProblems } from './zodProblems';

function parseFile<S extends z.ZodType>(schema: S, f: JsonFile, problems: Problem[]): z.output<S> | undefined {
  const result = schema.safeParse(f.json, { reportInput: true });
  if (result.success) return result.data;
  problems.push(...zodProblems(f.file, result.error.issues));
  return undefined;
}

function parseFolder<S extends z.ZodType>(
  root: DataFiles,
  folder: string,
  schema: S,
  idOf: (record: z.output<S>) => string,
  problems: Problem[],
  files: Record<string, string>,
): Array<z.output<S>> {
  const out: Array<z.output<S>> = [];
  for (const f of readJsonFolder(root, folder)) {
    if (isProblem(f)) {
      problems.push(f);
      continue;
    }
    const record = parseFile(schema, f, problems);
    if (record === undefined) continue;
    const id = idOf(record);
    const expectedName = `${id.replace(/\.txt$/, '')}.json`;
    if (!f.file.endsWith(`/${expectedName}`))
      problems.push({ file: f.file, path: '$.id', expected: `the id to match the file name (${f.file.split('/').pop()})`, found: `string ${JSON.stringify(id)}` });
    files[`${folder.replace(/^data\//, '')}/${id}`] = f.file;
    out.push(record);
  }
  return out;
}

function parseSingle<S extends z.ZodType>(root: DataFiles, path: string, schema: S, problems: Problem[]): z.output<S> | undefined {
  const f = readJsonFile(root, path);
  if (isProblem(f)) {
    problems.push(f);
    return undefined;
  }
  return parseFile(schema, f, problems);
}

/** Read and schema-check every file of data/ (under a project root, or given in memory). Records that fail are reported, never dropped silently. */
export function parseEvidence(rootOrFiles: string | DataFiles): { evidence?: Evidence; problems: Problem[] } {
  const root = typeof rootOrFiles === 'string' ? diskFiles(rootOrFiles) : rootOrFiles;
  const problems: Problem[] = [];
  const files: Record<string, string> = { meta: 'data/meta.json', review: 'data/review.json', recommendations: 'data/recommendations.json' };
  const meta = parseSingle(root, 'data/meta.json', Meta, problems);
  const review = parseSingle(root, 'data/review.json', ReviewFacts, problems);
  const recommendations = parseSingle(root, 'data/recommendations.json', Recommendations, problems);
  const sources = parseFolder(root, 'data/sources', Source, (s) => s.id, problems, files);
  const studies = parseFolder(root, 'data/studies', Study, (s) => s.id, problems, files);
  const questions = parseFolder(root, 'data/questions', Question, (q) => q.id, problems, files);
  const topics = parseFolder(root, 'data/topics', Topic, (t) => t.id, problems, files);
  if (problems.length > 0 || !meta || !review || !recommendations) return { problems };
  return { evidence: { meta, review, recommendations, sources, studies, questions, topics, files }, problems };
}
