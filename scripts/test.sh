#!/usr/bin/env bash
# npm test: lint and types, unit tests, production build, integration tests against a
# real PostgreSQL, then end-to-end tests in Chromium. Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "✖ Chromium is missing at $CHROMIUM: the end-to-end tests need it. Install it with: apt-get install chromium" >&2
  exit 1
fi

# One command per line: under `set -e`, a failure on the left of `&&` would not stop the run.
stage() { printf '\n=== %s\n' "$1"; }
stage "format";             npx prettier --check .
stage "lint";               npx eslint .
stage "type check";         npx tsc --noEmit
stage "openapi lint";       npx tsx scripts/lint-openapi.ts
stage "unit tests";         npx vitest run --config vitest.config.ts
stage "production build";   npm run --silent build
stage "integration tests";  npx vitest run --config vitest.integration.config.ts
stage "end-to-end tests";   npx playwright test
