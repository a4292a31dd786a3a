import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { markBuildCurrent } from './build-state.ts';

/** `next build`, then record what it was built from so `npm start` can skip the next one. */
export function buildApp(): void {
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('`next build` failed; see its output above.');
  markBuildCurrent();
}
