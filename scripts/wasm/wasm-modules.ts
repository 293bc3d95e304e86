/** The AssemblyScript sources compile.ts compiles, and where each one's module goes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface WasmModule {
  source: string;
  /** WebAssembly features beyond asc's defaults the source uses (`--enable`). */
  features?: readonly string[];
}

export const WASM_MODULES: readonly WasmModule[] = [
  { source: 'lib/core/matching/assignment/wasm/assembly/dense-jv.ts' },
  // SIMD: every runtime the product supports has it (Node since 16, every current browser).
  { source: 'lib/core/matching/cohort/wasm/assembly/price-scan.ts', features: ['simd'] },
];

/**
 * Release build: binaryen's full optimisation, no runtime (the modules never allocate), the
 * caller's memory, no assertions (so no abort import to provide).
 */
export const ASC_FLAGS = ['-O3', '--runtime', 'stub', '--importMemory', '--noAssert'];

/** Every flag one module is compiled with. */
export function flagsOf(module: WasmModule): string[] {
  return [...ASC_FLAGS, ...(module.features ?? []).flatMap((feature) => ['--enable', feature])];
}

/** What a generated module depends on: its source, the flags and the compiler's version. */
export function sourceHash(root: string, module: WasmModule): string {
  const compiler = readFileSync(join(root, 'node_modules', 'assemblyscript', 'package.json'));
  const { version } = JSON.parse(compiler.toString()) as { version: string };
  return createHash('sha256')
    .update(readFileSync(join(root, module.source)))
    .update(JSON.stringify({ flags: flagsOf(module), version }))
    .digest('hex');
}

export function generatedPath(root: string, module: WasmModule): string {
  return join(root, 'lib', 'generated', 'wasm', basename(module.source));
}

/** The source hash a generated module was built from, or undefined when there is none. */
export function readGeneratedHash(file: string): string | undefined {
  try {
    return /SOURCE_SHA256 = '([0-9a-f]+)'/.exec(readFileSync(file, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}
