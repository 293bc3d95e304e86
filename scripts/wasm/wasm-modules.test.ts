import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WASM_MODULES, generatedPath, readGeneratedHash, sourceHash } from './wasm-modules';

const root = join(import.meta.dirname, '..', '..');

describe('the generated WebAssembly modules', () => {
  it.each(WASM_MODULES.map((module) => [module.source, module] as const))(
    '%s is built from its current source (else: npm run build:wasm)',
    (_source, module) => {
      expect(readGeneratedHash(generatedPath(root, module))).toBe(sourceHash(root, module));
    },
  );
});
