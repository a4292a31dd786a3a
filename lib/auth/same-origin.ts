import 'server-only';
import { Forbidden } from '../errors.ts';
import { requestOrigin, type Network } from './client-address.ts';
import { siteOrigin } from './redirect-target.ts';

class CrossSite extends Forbidden {
  override readonly code = 'cross_site';
  constructor() {
    super('Cross-site request refused: it must come from a page of this site.');
  }
}

function originOf(value: string | null): string | null {
  if (!value || value === 'null') return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * A write authenticated by the session cookie must come from a page of this site (CSRF).
 * The Origin header (the Referer's origin when a browser sent no Origin) must equal, in
 * scheme, host and port, the origin the request was addressed to or the site's public URL
 * (NEXTAUTH_URL). A write with neither header is refused: browsers send Origin on every
 * POST, so only other clients leave it out, and they can use an API token instead.
 * Forwarded host and scheme count only from TRUSTED_PROXIES (lib/auth/client-address.ts).
 */
export function assertSameOrigin(headers: Headers, network: Network, url?: string): void {
  const origin = headers.has('origin')
    ? originOf(headers.get('origin'))
    : originOf(headers.get('referer'));
  const allowed = [requestOrigin(headers, network, url), siteOrigin()];
  if (!origin || !allowed.includes(origin)) throw new CrossSite();
}
