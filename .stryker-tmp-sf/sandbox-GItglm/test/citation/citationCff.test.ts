// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const cff = readFileSync('CITATION.cff', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const top = (key: string) => cff.match(new RegExp(`^${key}: *"?([^"\\n]+)"?$`, 'm'))?.[1];

describe('CITATION.cff', () => {
  it('declares CFF 1.2.0 with the keys it requires', () => {
    expect(top('cff-version')).toBe('1.2.0');
    for (const key of ['message', 'title', 'authors']) expect(cff, key).toMatch(new RegExp(`^${key}:`, 'm'));
  });

  it('carries the version in package.json', () => {
    expect(top('version')).toBe(pkg.version);
  });

  it('credits the verified sources with the DOIs stored in data/sources', () => {
    for (const file of ['002_d622ce3ae3df28fb.json', '004_3f1b4d3cd350fd36.json']) {
      const source = JSON.parse(readFileSync(`data/sources/${file}`, 'utf8')) as { citation: { doi?: { value: string; status: string } } };
      expect(source.citation.doi?.status).not.toBe('unverified');
      expect(cff).toContain(`doi: ${source.citation.doi!.value}`);
    }
  });
});
