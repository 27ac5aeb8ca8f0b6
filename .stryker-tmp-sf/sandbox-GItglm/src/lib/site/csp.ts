// @ts-nocheck
import { createHash } from 'node:crypto';

export interface CspOptions {
  /** Inline scripts a page ships, allowed by their SHA-256 hash (never by 'unsafe-inline'). */
  inlineScripts?: readonly string[];
  /** WebAssembly compilation, which Pagefind's search needs. */
  wasm?: boolean;
}

/** The CSP source expression for an inline script: 'sha256-<base64>' of its exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Content-Security-Policy of a page: only the site itself. Styles may be inline because Astro inlines the
 * stylesheets (build.inlineStylesheets: 'always') and the SVG charts carry style attributes; scripts only
 * from the site's own files, plus the hashed inline scripts and WebAssembly a page asks for.
 */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const script = ["'self'", ...(options.inlineScripts ?? []).map(scriptHash), ...(options.wasm ? ["'wasm-unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
