import { env } from '../env.ts';

/** This site's public origin: NEXTAUTH_URL, else what `npm start` serves on. */
export function siteOrigin(): string {
  return new URL(env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).origin;
}

/**
 * `target` parsed as a URL against this site's origin, the way a browser would read it, if
 * it stays on this site; else null. Prefix checks are not enough: browsers read
 * `/\evil.example` and `/<tab>/evil.example` as `//evil.example`, another site.
 */
function onSite(target: string, origin: string): URL | null {
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return null;
  }
  // `https://site//evil.example` is on this site, but its path alone would read as
  // protocol-relative.
  return url.origin === origin && !url.pathname.startsWith('//') ? url : null;
}

/** Whether `target` (absolute, or relative to this site) leads to a page of this site. */
export function isOnSite(target: string, origin: string): boolean {
  return onSite(target, origin) !== null;
}

/**
 * Where to send the browser after sign-in: `target` if it stays on this site, as a path
 * (with query and hash) so it works on whichever host name the site was reached by;
 * anything leading elsewhere gets `/`.
 */
export function safeRedirectPath(target: string | null | undefined, origin: string): string {
  const url = target ? onSite(target, origin) : null;
  return url ? `${url.pathname}${url.search}${url.hash}` : '/';
}

/**
 * Whether next-auth takes `target` as a callback URL and it stays on this site. next-auth
 * reads only an absolute http(s) URL or a path starting with `/`, and answers 500 to
 * anything else (`foo`, `javascript:…`, `%2F%2Fevil.example`), so those are refused here
 * even though a browser would read some of them as a page of this site.
 */
export function isOnSiteCallback(target: string, origin: string): boolean {
  if (!isOnSite(target, origin)) return false;
  if (target.startsWith('/')) return true;
  try {
    return /^https?:$/.test(new URL(target).protocol);
  } catch {
    return false;
  }
}
