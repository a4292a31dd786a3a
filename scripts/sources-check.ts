// Entry point of `npm run sources:check` (see scripts/commands/sources-check.ts).
import { runMain } from './lib/run-main.ts';

runMain(async () => (await import('./commands/sources-check.ts')).main());
