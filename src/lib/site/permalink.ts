import { href } from './url';

/**
 * The site's address, set in one place: SITE (origin) in astro.config.mjs, with BASE for a sub-path. A build
 * without SITE has no address and invents none: permalinks are then site-relative paths ("/questions/x/"),
 * canonical links and the sitemap are left out, and citations name the site and version.
 */
export function siteAddress(): string | undefined {
  const site = import.meta.env?.SITE as string | undefined;
  return site ? site : undefined;
}

/** The permanent address of a site path: absolute when SITE is set, else the base-relative path. */
export function permalink(path: string): string {
  const site = siteAddress();
  return site ? new URL(href(path), site).toString() : href(path);
}

/** The absolute address of a site path, or undefined in a build without SITE. */
export function absoluteUrl(path: string): string | undefined {
  const site = siteAddress();
  return site ? new URL(href(path), site).toString() : undefined;
}
