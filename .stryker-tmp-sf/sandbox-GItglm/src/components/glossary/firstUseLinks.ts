/**
 * Keep only the first glossary link of each abbreviation inside <main>: later <a data-abbr> wrappers are
 * unwrapped to their bare <abbr>. Done on the finished HTML because Astro renders sibling components
 * concurrently, so render order is not document order.
 */
// @ts-nocheck

const wrapped = /<a class="abbr-link" href="[^"]*" data-abbr="([^"]+)">(<abbr\b[^>]*>[^<]*<\/abbr>)<\/a>/g;

export function firstUseLinks(html: string): string {
  const start = html.search(/<main\b/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const seen = new Set<string>();
  const main = html.slice(start, end).replace(wrapped, (link, id: string, abbr: string) => {
    if (seen.has(id)) return abbr;
    seen.add(id);
    return link;
  });
  return html.slice(0, start) + main + html.slice(end);
}
