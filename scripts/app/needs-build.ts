/**
 * Whether `next build` must run before serving the build: when there is no build yet, or any
 * source is newer than it. This is what keeps a second `npm start` fast.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'prisma/schema.prisma',
  'next.config.js',
  // The proxy is built into the app too: its headers (CSP, HSTS) change with it.
  'proxy.ts',
  'package-lock.json',
  'postcss.config.mjs',
  // Bundled into the standalone output (scripts/app/standalone.ts).
  'scripts/app/web-server.ts',
  'scripts/app/standalone.ts',
];
const SKIP = new Set(['node_modules', 'generated', '.next']);

export function needsBuild(projectDir: string): boolean {
  const buildId = path.join(projectDir, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  // A build that stopped before its standalone output was completed is not done.
  if (!existsSync(path.join(projectDir, '.next', 'standalone', 'web-server.mjs'))) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestChange(path.join(projectDir, source)) > builtAt);
}

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestChange(path.join(target, entry.name)));
  }
  return newest;
}
