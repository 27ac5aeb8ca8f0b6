/**
 * The study search records a build leaves for the index step (src/search/recordsFile.ts) are used only for the
 * folder that build wrote and only while data/ is as the build found it; the ones the build of the site under test
 * left are the records the index would otherwise make from data/.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getEvidence } from '../../src/data/site';
import { dataFingerprint, readSearchRecords, searchRecordsFile, writeSearchRecords } from '../../src/search/recordsFile';
import { studySearchRecord } from '../../src/search/studyRecord';
import { PROJECT_ROOT } from '../helpers/environment';
import { builtSiteSuite } from './builtSiteSuite';

const records = [
  { url: '/studies/a-2001/', title: 'A 2001', content: 'A 2001. Resection. Groups: hepatectomy.' },
  { url: '/studies/b-2002/', title: 'B 2002', content: 'B 2002. Ablation “RFA” – 5 patients.' },
];

describe('records left by a build', () => {
  const root = mkdtempSync(join(tmpdir(), 'records-file-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'data', 'studies'), { recursive: true });
  writeFileSync(join(root, 'data', 'studies', 'a-2001.json'), '{"id":"a-2001"}');
  writeFileSync(join(root, 'data', 'questions.json'), '[]');
  const dist = join(root, 'dist');
  const leave = () => writeSearchRecords(root, dist, dataFingerprint(root), records);

  it('are read back as written, for the folder they were built for', () => {
    leave();
    expect(readSearchRecords(root, dist)).toEqual(records);
    expect(readSearchRecords(root, join(root, 'dist-base'))).toBeUndefined();
  });

  it('are not used once a file of data/ is rewritten, touched, added or removed', () => {
    const studyFile = join(root, 'data', 'studies', 'a-2001.json');
    const changes = [
      () => writeFileSync(studyFile, '{"id":"a-2001","x":1}'),
      () => utimesSync(studyFile, new Date(2020, 0, 1), new Date(2020, 0, 1)),
      () => writeFileSync(join(root, 'data', 'studies', 'c-2003.json'), '{}'),
      () => rmSync(join(root, 'data', 'studies', 'c-2003.json')),
    ];
    for (const change of changes) {
      leave();
      expect(readSearchRecords(root, dist)).toEqual(records);
      change();
      expect(readSearchRecords(root, dist)).toBeUndefined();
    }
  });

  it('are not used when the file is cut short or is not one this module wrote', () => {
    leave();
    const file = searchRecordsFile(root, dist);
    const lines = [`${JSON.stringify({ outDir: dist, dataFingerprint: dataFingerprint(root), records: 2 })}`, JSON.stringify(records[0])];
    writeFileSync(file, `${lines.join('\n')}\n`);
    expect(readSearchRecords(root, dist)).toBeUndefined();
    writeFileSync(file, 'not json\n');
    expect(readSearchRecords(root, dist)).toBeUndefined();
  });
});

builtSiteSuite('the records the build of the site under test left', (dist) => {
  it('are the records made from data/, one per study in order', () => {
    const ev = getEvidence(PROJECT_ROOT);
    const left = readSearchRecords(PROJECT_ROOT, dist);
    expect(left).toBeDefined();
    expect(left).toEqual(ev.studies.map((study) => studySearchRecord(study, ev)));
  });
});
