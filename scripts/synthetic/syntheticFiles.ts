/**
 * The project's data files with `factor` times as many studies, in memory (no project copy): the real studies
 * plus seeded synthetic clones (syntheticStudies). For tests and benches that compute on a large base without
 * building it.
 */
import type { randomLcg } from 'd3';
import { diskFiles, type DataFiles } from '../../src/data/readJsonFiles';
import type { StudyInput } from '../../src/schemas';
import { syntheticStudies } from './syntheticStudies';

export function syntheticFiles(projectRoot: string, factor: number, random: ReturnType<typeof randomLcg>): { files: DataFiles; real: StudyInput[] } {
  const disk = diskFiles(projectRoot);
  const real = disk.list('data/studies')!.filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(disk.read(`data/studies/${f}`)!) as StudyInput);
  const extra = new Map(syntheticStudies(real, factor - 1, random).map((s) => [`data/studies/${s.id}.json`, `${JSON.stringify(s)}\n`]));
  const files: DataFiles = {
    read: (f) => extra.get(f) ?? disk.read(f),
    list: (folder) => (folder === 'data/studies' ? [...disk.list(folder)!, ...[...extra.keys()].map((k) => k.slice(folder.length + 1))] : disk.list(folder)),
  };
  return { files, real };
}
