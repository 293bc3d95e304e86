/**
 * `npm run build`: the production build, and the standalone output completed from it, the one
 * build that `npm start`, the tests and the container image all run.
 */
import { join } from 'node:path';
import { buildNext } from './app/next-process';
import { buildWasmModules } from './wasm/compile';

// The WebAssembly modules the server bundles embed; postinstall made them unless the sources
// came after the install (the Dockerfile copies them after `npm ci`).
await buildWasmModules(join(import.meta.dirname, '..'));
if (!(await buildNext(process.env))) process.exit(1);
