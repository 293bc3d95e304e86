import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WASM_MODULES, generatedPath, readGeneratedHash, sourceHash } from './wasm-modules';

const root = join(import.meta.dirname, '..', '..');

describe('the generated WebAssembly modules', () => {
  it.each(WASM_MODULES)(
    '%s is built from its current source (else: npm run build:wasm)',
    (source) => {
      expect(readGeneratedHash(generatedPath(root, source))).toBe(sourceHash(root, source));
    },
  );
});
