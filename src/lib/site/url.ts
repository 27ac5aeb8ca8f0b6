/** Site-relative URL that respects Astro's `base` (set by the BASE environment variable). */
export function href(path: string): string {
  const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${base}${p}`;
}
