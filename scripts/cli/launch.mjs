/**
 * Runs a command-line entry (scripts/<name>.ts) from a compiled bundle, so a `match` or
 * `triage` call does not pay for a TypeScript loader on every start
 * (docs/decisions/024-compiled-command-line.md).
 *   node scripts/cli/launch.mjs <name> [args...]   runs scripts/<name>.ts with args
 *   node scripts/cli/launch.mjs --build [names...] only (re)builds the stale bundles
 * The bundle lives in node_modules/.cache/pathfinder-cli/ and is reused while every file it was
 * built from is unchanged (freshness.mjs); an edited source rebuilds it before it runs.
 * Arguments, stdin, stdout and exit codes are the entry's own: the launcher adds nothing.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isFresh, stampFor } from './freshness.mjs';

const root = join(import.meta.dirname, '..', '..');
const cache = join(root, 'node_modules', '.cache', 'pathfinder-cli');

/** The entries package.json runs through this launcher; postinstall builds them all. */
const ENTRIES = ['triage', 'match', 'eval-triage', 'eval-match', 'eval-intent', 'bench-match'];

/**
 * Worker-thread entries an entry starts, bundled beside it (the bundled code finds them next
 * to itself, lib/node/matching/helper-thread.ts) and always rebuilt with it, so the two are
 * never from different sources.
 */
const THREADS = { 'cohort-helper': 'lib/node/matching/cohort-helper-thread.ts' };
const THREADS_OF = { match: ['cohort-helper'] };

const sourceOf = (name) => THREADS[name] ?? join('scripts', `${name}.ts`);

// Packages left to Node at run time: the wink model is one large CommonJS file Node's own
// require loads fastest, and argon2 is a native addon esbuild cannot bundle.
const EXTERNAL = ['wink-eng-lite-web-model', '@node-rs/argon2'];

// CommonJS packages inside an ES module bundle call require(); give them Node's.
const REQUIRE_BANNER =
  "import { createRequire as __pathfinderRequire } from 'node:module'; const require = __pathfinderRequire(import.meta.url);";

/** Bakes each source file's own folder into import.meta.dirname, as it reads when run by tsx. */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`/node_modules/`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.dirname')) return undefined;
      const contents = text.replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)));
      return { contents, loader: 'ts' };
    });
  },
};

function paths(name) {
  return { bundle: join(cache, `${name}.mjs`), stamp: join(cache, `${name}.stamp.json`) };
}

function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Builds one entry; bundle and stamp are written under temporary names and renamed into place,
 * so a second call starting at the same moment never imports half a file. */
async function build(name) {
  const esbuild = await import('esbuild');
  const { bundle, stamp } = paths(name);
  mkdirSync(cache, { recursive: true });
  const suffix = `.${process.pid}.tmp`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, sourceOf(name))],
    outfile: `${bundle}${suffix}`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: REQUIRE_BANNER },
    plugins: [sourceDirname],
    metafile: true,
    logLevel: 'error',
  });
  renameSync(`${bundle}${suffix}`, bundle);
  const inputs = Object.keys(result.metafile.inputs);
  writeFileSync(`${stamp}${suffix}`, JSON.stringify(stampFor(inputs, root)));
  renameSync(`${stamp}${suffix}`, stamp);
}

async function ensureBuilt(name) {
  if (!ENTRIES.includes(name)) {
    process.stderr.write(`launch: unknown command "${name}" (one of ${ENTRIES.join(', ')})\n`);
    process.exit(2);
  }
  for (const built of [name, ...(THREADS_OF[name] ?? [])]) {
    const { stamp } = paths(built);
    if (!isFresh(readStamp(stamp), root)) await build(built);
  }
  return paths(name).bundle;
}

const [first, ...rest] = process.argv.slice(2);
if (first === '--build') {
  for (const name of rest.length > 0 ? rest : ENTRIES) await ensureBuilt(name);
} else {
  const bundle = await ensureBuilt(first ?? '');
  // The entry reads its own arguments from process.argv.slice(2), as if started directly.
  process.argv.splice(1, 2, join(root, 'scripts', `${first}.ts`));
  await import(pathToFileURL(bundle).href);
}
