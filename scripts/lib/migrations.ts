// Applies and writes Prisma migrations offline, through Prisma's own WASM schema engine
// driven with the pg driver adapter: the same engine and `_prisma_migrations` table as
// `prisma migrate deploy`, without the native engine binary the CLI would download.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);
export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
export const SCHEMA_FILE = path.resolve('prisma/schema.prisma');
/** Each migration folder keeps the schema it was made from, the next diff's starting point. */
export const SCHEMA_SNAPSHOT = 'schema.prisma';

type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The .wasm file is not in the package's exports; it sits beside the JS glue.
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

/**
 * The pg adapter runs a migration script by splitting it on every `;`, which breaks
 * function bodies and comments. Postgres' simple-query protocol runs a multi-statement
 * script as one implicit transaction, so the whole script goes to it as is.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      await pool
        .query(script)
        .catch((err: unknown) =>
          (adapter as unknown as { onError(e: unknown): never }).onError(err),
        );
    };
    return adapter;
  }
}

async function withEngine<T>(url: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg({ connectionString: url }));
  const engine = await bg.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

export async function listMigrationNames(dir = MIGRATIONS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function migrationsList(dir = MIGRATIONS_DIR) {
  const names = await listMigrationNames(dir);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: {
            tag: 'ok' as const,
            value: await readFile(path.join(dir, name, 'migration.sql'), 'utf8'),
          },
        },
      })),
    ),
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies every migration not yet applied; safe to run on every start.
 */
export async function applyMigrations(url: string): Promise<string[]> {
  const list = await migrationsList();
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS });
    return out.appliedMigrationNames;
  });
}

/** SQL that takes a database from the `from` schema to the `to` schema (empty: no change). */
export async function diffSchemas(url: string, from: string | null, to: string): Promise<string> {
  const target = (content: string) => ({
    tag: 'schemaDatamodel' as const,
    files: [{ path: 'schema.prisma', content }],
  });
  return withEngine(url, async (engine) => {
    const result = await engine.diff({
      from: from === null ? { tag: 'empty' } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return (result.stdout ?? '').trim();
  });
}
