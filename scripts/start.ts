// Entry point: loads the command lazily so that even a bad environment variable,
// found while its modules load, is reported in one line by runMain.
import { runMain } from './lib/run-main.ts';

runMain(async () => (await import('./commands/start.ts')).main());
