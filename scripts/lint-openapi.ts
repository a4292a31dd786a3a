import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { openApiDocument } from '../lib/openapi.ts';

// npm test, stage "openapi lint": Redocly CLI's recommended rules (redocly.yaml) on the
// document /api/openapi.json serves, written to a temporary file. Offline: no telemetry,
// no update check. Errors fail the stage; warnings are printed.

const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'openapi-lint-'));
const file = path.join(dir, 'openapi.json');
try {
  writeFileSync(file, JSON.stringify(openApiDocument, null, 2));
  const { status, error } = spawnSync(
    process.execPath,
    [cli, 'lint', '--config', path.resolve('redocly.yaml'), '--format', 'codeframe', file],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
        DO_NOT_TRACK: '1',
      },
    },
  );
  if (error) throw error;
  process.exitCode = status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
