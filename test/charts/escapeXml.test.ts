import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/charts/escapeXml';

describe('escapeXml', () => {
  it('escapes the five XML special characters, each where it stands', () => {
    expect(escapeXml(`a & b < c > d "e" 'f' &amp;`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39; &amp;amp;');
  });
  it('leaves text without them as it is', () => {
    expect(escapeXml('Saxena 2012 (syn 1) Liver resection median 75.8 months; 95% CI')).toBe('Saxena 2012 (syn 1) Liver resection median 75.8 months; 95% CI');
    expect(escapeXml('')).toBe('');
  });
});
