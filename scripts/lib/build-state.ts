// Decides whether `npm start` must (re)build: a fingerprint of every file the build
// reads, compared with the one saved beside the last build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'prisma/schema.prisma',
  'package-lock.json',
  'next.config.js',
  'proxy.ts',
  'tsconfig.json',
];
const SKIP = new Set(['generated', 'node_modules']);
const STAMP = '.next/source-fingerprint';

function walk(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  const info = statSync(entry);
  if (info.isDirectory()) {
    for (const name of readdirSync(entry).sort())
      if (!SKIP.has(name)) walk(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${info.size}:${info.mtimeMs}`);
  }
}

export function sourceFingerprint(root = '.'): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  return createHash('sha256').update(files.join('\n')).digest('hex');
}

export function isBuildCurrent(root = '.'): boolean {
  const stamp = path.join(root, STAMP);
  return (
    existsSync(path.join(root, '.next/BUILD_ID')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === sourceFingerprint(root)
  );
}

export function markBuildCurrent(root = '.'): void {
  writeFileSync(path.join(root, STAMP), sourceFingerprint(root));
}
