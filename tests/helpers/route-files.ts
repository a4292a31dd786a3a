import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Route handler files found on disk, for tests that must cover every route: the OpenAPI
// document (lib/openapi.test.ts) and the read validators (tests/integration/read-validators).

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface RouteFile {
  /** 'app/api/events/[slug]/route.ts' */
  file: string;
  /** '/api/events/[slug]' */
  route: string;
  /** The HTTP methods it exports a handler for. */
  methods: string[];
}

const EXPORTED = new RegExp(
  `export\\s+(?:const|(?:async\\s+)?function)\\s+(${HTTP_METHODS.join('|')})\\b`,
  'g',
);

/** Every route.ts under app/, with its URL pattern and the methods it exports. */
export function routeFiles(): RouteFile[] {
  return readdirSync('app', { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'route.ts')
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)))
    .sort()
    .map((file) => ({
      file,
      route: `/${path.dirname(file).split(path.sep).slice(1).join('/')}`,
      methods: [...readFileSync(file, 'utf8').matchAll(EXPORTED)].map((m) => m[1]),
    }));
}

const isDynamic = (segment: string) => /^\[[^\]]+\]$/.test(segment);

/**
 * The route file that serves a URL path (OpenAPI templates like {slug} allowed): a dynamic
 * segment [slug] takes {slug} or any literal, and a literal segment beats a dynamic one,
 * as in Next's routing (/api/events/export.csv before /api/events/[slug]).
 */
export function routeFor(urlPath: string, routes: RouteFile[]): RouteFile | undefined {
  const wanted = urlPath.split('/');
  const fits = (route: RouteFile) => {
    const segments = route.route.split('/');
    return (
      segments.length === wanted.length &&
      segments.every((s, i) => {
        const w = wanted[i];
        if (!isDynamic(s)) return s === w;
        const template = /^\{(.+)\}$/.exec(w);
        return template ? `[${template[1]}]` === s : true;
      })
    );
  };
  const dynamicCount = (route: RouteFile) => route.route.split('/').filter(isDynamic).length;
  return routes.filter(fits).sort((a, b) => dynamicCount(a) - dynamicCount(b))[0];
}
