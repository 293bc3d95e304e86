/** The AssemblyScript sources compile.ts compiles, and where each one's module goes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const WASM_MODULES = ['lib/core/matching/assignment/wasm/assembly/dense-jv.ts'];

/**
 * Release build: binaryen's full optimisation, no runtime (the modules never allocate), the
 * caller's memory, no assertions (so no abort import to provide).
 */
export const ASC_FLAGS = ['-O3', '--runtime', 'stub', '--importMemory', '--noAssert'];

/** What a generated module depends on: its source, the flags and the compiler's version. */
export function sourceHash(root: string, source: string): string {
  const compiler = readFileSync(join(root, 'node_modules', 'assemblyscript', 'package.json'));
  const { version } = JSON.parse(compiler.toString()) as { version: string };
  return createHash('sha256')
    .update(readFileSync(join(root, source)))
    .update(JSON.stringify({ flags: ASC_FLAGS, version }))
    .digest('hex');
}

export function generatedPath(root: string, source: string): string {
  return join(root, 'lib', 'generated', 'wasm', basename(source));
}

/** The source hash a generated module was built from, or undefined when there is none. */
export function readGeneratedHash(file: string): string | undefined {
  try {
    return /SOURCE_SHA256 = '([0-9a-f]+)'/.exec(readFileSync(file, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}
