/**
 * Prisma's schema engine, run from its WebAssembly build. Prisma's CLI would download a
 * native engine first, which machines without internet cannot do; the wasm build ships in an
 * npm package and speaks to PostgreSQL through the same driver adapter the app uses.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type EngineModule = typeof import('@prisma/schema-engine-wasm');

let engineModule: Promise<EngineModule> | undefined;

// The wasm reports a Rust panic's message here before throwing; keep it for the error.
const panics = { last: '' };
Object.assign(globalThis, {
  PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => (panics.last = message) },
});

/** Runs an engine call, turning a bare wasm "unreachable" into the panic message behind it. */
export async function withPanicMessage<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (panics.last)
      throw new Error(`Prisma schema engine panicked: ${panics.last}`, { cause: error });
    throw error;
  }
}

/** Instantiates the wasm by hand: Node cannot import `.wasm` files as ES modules. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports only its entry, which imports the .wasm directly; find its folder.
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const bindings = await import(path.join(dir, 'schema_engine_bg.js'));
    const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings as EngineModule;
  })();
  return engineModule;
}

export interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its connections, releasing the migration advisory lock. */
  close: () => Promise<void>;
}

/** The engine needs a schema to know its provider; without one it panics on first use. */
export async function openSchemaEngine(
  databaseUrl: string,
  datamodels: [path: string, content: string][],
): Promise<OpenEngine> {
  const { SchemaEngine } = await loadEngineModule();
  const adapters: SqlDriverAdapter[] = [];
  const pg = new PrismaPg({ connectionString: databaseUrl });
  // engine.free() does not close the pool; without this a second process waits on the lock.
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    adapterName: pg.adapterName,
    provider: pg.provider,
    connect: async () => {
      const adapter = await pg.connect();
      adapters.push(adapter);
      return adapter;
    },
    connectToShadowDb: () => pg.connectToShadowDb(),
  };
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await SchemaEngine.new(
    { datamodels },
    log,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(adapters.map((adapter) => adapter.dispose()));
    },
  };
}
