import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFresh, stampFor } from './freshness.mjs';

/** A project folder of its own with two source files, as esbuild's metafile would list them. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'cli-freshness-'));
  writeFileSync(join(root, 'entry.ts'), "import './helper';\n");
  writeFileSync(join(root, 'helper.ts'), 'export const answer = 42;\n');
  return { root, stamp: stampFor(['entry.ts', 'helper.ts'], root) };
}

describe('command-line bundle freshness', () => {
  it('reuses the bundle while no source has changed', () => {
    const { root, stamp } = project();
    expect(isFresh(stamp, root)).toBe(true);
  });

  it('rebuilds after a source is edited, even to the same size', () => {
    const { root, stamp } = project();
    writeFileSync(join(root, 'helper.ts'), 'export const answer = 43;\n');
    // Same size, so only the modification time tells; set it clearly later than the stamp's.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'helper.ts'), later, later);
    expect(isFresh(stamp, root)).toBe(false);
  });

  it('rebuilds after a source grows, even with its old modification time', () => {
    const { root, stamp } = project();
    const [, mtime] = stamp.inputs['helper.ts']!;
    writeFileSync(join(root, 'helper.ts'), 'export const answer = 4242;\n');
    utimesSync(join(root, 'helper.ts'), new Date(mtime), new Date(mtime));
    expect(isFresh(stamp, root)).toBe(false);
  });

  it('rebuilds after a source is deleted, the project moves, or there is no stamp', () => {
    const { root, stamp } = project();
    expect(isFresh(stamp, join(root, 'elsewhere'))).toBe(false);
    expect(isFresh(undefined, root)).toBe(false);
    expect(isFresh({ root, inputs: {} }, root)).toBe(false);
    writeFileSync(join(root, 'gone.ts'), '');
    const withGone = stampFor(['entry.ts', 'gone.ts'], root);
    expect(isFresh(withGone, root)).toBe(true);
    // stampFor drops missing files, so build a stamp that names one, then delete it.
    rmSync(join(root, 'gone.ts'));
    expect(isFresh(withGone, root)).toBe(false);
  });
});

describe('the launcher', { timeout: 60_000 }, () => {
  const root = join(import.meta.dirname, '..', '..');
  const bundle = join(root, 'node_modules', '.cache', 'pathfinder-cli', 'match.mjs');
  const build = () =>
    spawnSync('node', ['scripts/cli/launch.mjs', '--build', 'match'], {
      cwd: root,
      encoding: 'utf8',
    });

  it('rebuilds the bundle when a source it was built from changes, and only then', () => {
    expect(build().status).toBe(0);
    const built = statSync(bundle).mtimeMs;
    expect(build().status).toBe(0);
    expect(statSync(bundle).mtimeMs).toBe(built);
    // Touching a source the entry imports (content unchanged) is enough to make it stale.
    const source = join(root, 'scripts', 'match', 'solve.ts');
    const later = new Date(Date.now() + 1_000);
    utimesSync(source, later, later);
    expect(build().status).toBe(0);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
  });
});
