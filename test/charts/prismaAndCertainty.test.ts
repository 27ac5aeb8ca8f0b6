import { describe, expect, it } from 'vitest';
import { certaintyOverview, prismaFlow, type FlowStage } from '../../src/charts';
import { expectSvgSnapshot } from './snapshot';

const stages: FlowStage[] = [
  { stage: 'Identification', main: { id: 'a', heading: 'Records (n = 100)', lines: [] }, excluded: { id: 'b', heading: 'Excluded (n = 60)', lines: ['Reason one (n = 30)', 'Reason two (n = 30)'] } },
  { stage: 'Included', main: { id: 'c', heading: 'Included (n = 45)', lines: [], warning: 'Does not reconcile: reported 45; 100 − 60 = 40' } },
];

describe('prismaFlow', () => {
  for (const layout of ['wide', 'narrow'] as const) {
    const svg = prismaFlow(stages, { id: 'flow', title: 'Flow', description: 'Synthetic flow', layout }).svg;
    it(`matches its snapshot (${layout})`, () => expectSvgSnapshot(`prisma-flow-${layout}`, svg));
    it(`marks the count that does not reconcile with a dashed box and its text (${layout})`, () => {
      expect([...svg.matchAll(/stroke-dasharray="8 4"/g)].length).toBe(1);
      const visible = svg.replace(/<title[^]*<\/desc>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(visible).toContain('Does not reconcile: reported 45; 100 − 60 = 40');
      expect(svg).toContain('role="img"');
    });
  }
});

describe('certaintyOverview', () => {
  const rows = [
    { label: 'Q1. A question', filled: 2 as const, word: 'LOW' },
    { label: 'Q2. Another question with no evidence', filled: 0 as const, word: 'NO EVIDENCE' },
  ];
  for (const layout of ['wide', 'narrow'] as const) {
    const svg = certaintyOverview(rows, { id: 'cert', title: 'Certainty', description: 'Synthetic', layout }).svg;
    it(`matches its snapshot (${layout})`, () => expectSvgSnapshot(`certainty-overview-${layout}`, svg));
    it(`draws four circles per question, pluses only for levels reached, and the word (${layout})`, () => {
      expect([...svg.matchAll(/<circle /g)].length).toBe(8);
      expect([...svg.matchAll(/<path d="M[^"]+H[^"]+V[^"]+"/g)].length).toBe(2);
      expect(svg).toContain('>LOW</text>');
      expect(svg).toContain('>NO EVIDENCE</text>');
    });
  }
});
