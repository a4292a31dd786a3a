// Entry point for `npm run bench`; see scripts/commands/bench.ts.
import { runMain } from './lib/run-main.ts';

runMain(async () => (await import('./commands/bench.ts')).main());
