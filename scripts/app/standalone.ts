/**
 * Completes the traced output `next build` leaves in .next/standalone into something that runs
 * on its own, which is what the container image copies (decision 023): the static files and
 * public/ that Next leaves out (a CDN could serve them; here the app does), and our web server
 * (scripts/app/web-server.ts) bundled into web-server.mjs, so that it runs with plain Node, no
 * tsx, and only `next` comes from the traced node_modules.
 */
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const STANDALONE_SERVER = 'web-server.mjs';

export async function assembleStandalone(projectDir: string): Promise<void> {
  const output = path.join(projectDir, '.next', 'standalone');
  if (!existsSync(output)) throw new Error('No .next/standalone: is `output: standalone` set?');
  cpSync(path.join(projectDir, '.next', 'static'), path.join(output, '.next', 'static'), {
    recursive: true,
  });
  const publicDir = path.join(projectDir, 'public');
  if (existsSync(publicDir)) cpSync(publicDir, path.join(output, 'public'), { recursive: true });
  await build({
    entryPoints: [path.join(projectDir, 'scripts', 'app', 'web-server.ts')],
    outfile: path.join(output, STANDALONE_SERVER),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Next is the traced copy the build resolved; everything else is small and bundled.
    external: ['next'],
    logLevel: 'warning',
  });
}
