/**
 * Migrations are created by the Prisma CLI (`prisma migrate diff`, its own schema engine) and
 * applied by the WebAssembly schema engine pinned in package.json (schema-engine.ts). Two
 * engines of different builds can disagree on the SQL of the same schema, so both are pinned
 * to one engine build, and this test says which to bump when they drift apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
/** "7.10.0-4.<engine hash>": the hash after the last dot is the engine's commit. */
const hashOf = (version: string) => version.split('.').at(-1);

/** A package's own package.json, found from its entry point (not all export it). */
function manifestOf(
  name: string,
  from?: string,
): { version: string; prisma?: { enginesVersion: string } } {
  let dir = path.dirname(require.resolve(name, from ? { paths: [from] } : undefined));
  while (
    !existsSync(path.join(dir, 'package.json')) ||
    !readFileSync(path.join(dir, 'package.json'), 'utf8').includes(`"name": "${name}"`)
  )
    dir = path.dirname(dir);
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

describe('the schema engines', () => {
  it('the WebAssembly schema engine is the build the Prisma CLI uses', () => {
    const wasm = manifestOf('@prisma/schema-engine-wasm');
    // The engine build the installed CLI was released with, through its own dependencies.
    const engines = path.dirname(
      require.resolve('@prisma/engines', {
        paths: [path.join(import.meta.dirname, '../../node_modules/prisma')],
      }),
    );
    const cli = {
      prisma: {
        enginesVersion: manifestOf('@prisma/engines-version', engines).prisma!.enginesVersion,
      },
    };
    expect(
      hashOf(wasm.version),
      `@prisma/schema-engine-wasm ${wasm.version} is not the engine of the Prisma CLI (${cli.prisma.enginesVersion}): ` +
        'pin the schema-engine-wasm version whose hash is the CLI’s, or the prisma version whose engine is the wasm’s.',
    ).toBe(cli.prisma.enginesVersion);
  });
});
