import { env } from '../env.ts';

/** This site's public origin: NEXTAUTH_URL, else what `npm start` serves on. */
export function siteOrigin(): string {
  return new URL(env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).origin;
}

/**
 * Where to send the browser after sign-in: `target` parsed as a URL against this site's
 * origin, the way a browser would read it, and kept only if it stays on this site. The
 * answer is a path (with query and hash), so it works on whichever host name the site was
 * reached by; anything leading elsewhere gets `/`.
 *
 * Prefix checks are not enough: browsers read `/\evil.example` and `/<tab>/evil.example`
 * as `//evil.example`, another site.
 */
export function safeRedirectPath(target: string | null | undefined, origin: string): string {
  if (!target) return '/';
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `https://site//evil.example` is on this site, but its path alone would read as
  // protocol-relative.
  return path.startsWith('//') ? '/' : path;
}
