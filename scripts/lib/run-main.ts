import { existsSync } from 'node:fs';
import { StartupError } from './startup-error.ts';

/**
 * Runs a script's main; a failure prints one clear line (the stack only with DEBUG=1).
 * A `.env` file in the project folder is read first; variables already set win.
 */
export function runMain(main: () => Promise<void>): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
  quietKnownWarning();
  main().catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`\n✖ ${message.split('\n')[0]}`);
    if (process.env.DEBUG && !(err instanceof StartupError)) console.error(err);
    process.exit(1);
  });
}

/**
 * Prisma's migration engine, through the pg driver adapter, queues queries on one pg
 * client, which pg 8 reports with a deprecation warning on every migration run. It is
 * noise to a person starting the app; every other warning is still printed.
 */
function quietKnownWarning(): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (
      warning.name === 'DeprecationWarning' &&
      /client\.query\(\) when the client is already executing/.test(warning.message)
    )
      return;
    console.warn(`${warning.name}: ${warning.message}`);
  });
}
