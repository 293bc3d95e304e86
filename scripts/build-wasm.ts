/**
 * `npm run build:wasm [-- --check]`: compiles the stale WebAssembly modules into lib/generated
 * (scripts/wasm/compile.ts); `--check` only lists them and fails if there are any.
 */
import { join } from 'node:path';
import { buildWasmModules } from './wasm/compile';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const stale = await buildWasmModules(root, { check });
if (check && stale > 0) process.exit(1);
