import { existsSync } from 'node:fs';
import { StartupError } from './startup-error.ts';

/**
 * Runs a script's main; a failure prints one clear line (the stack only with DEBUG=1).
 * A `.env` file in the project folder is read first; variables already set win.
 */
export function runMain(main: () => Promise<void>): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
  main().catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`\n✖ ${message.split('\n')[0]}`);
    if (process.env.DEBUG && !(err instanceof StartupError)) console.error(err);
    process.exit(1);
  });
}
