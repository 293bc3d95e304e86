/**
 * The web server: Next.js's own request handler (the one `next start` and `next dev` use)
 * inside a plain Node HTTP server, which writes the socket's address into a header of its
 * own on every request, replacing any copy a client sent, so the app can rate-limit by a
 * client's real address (lib/node/socket-address.ts says why Next alone cannot).
 *
 *   node --import tsx scripts/app/web-server.ts start|dev --port 3000
 *
 * It serves the app in the working directory: the project itself (`npm start`, the tests), or
 * the traced output in .next/standalone, where scripts/app/standalone.ts bundles it into
 * web-server.mjs so that the container image runs it with plain Node (decision 023).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { parseEnv } from '@/lib/node/settings';
import { markSocketAddressHeaderSet, SOCKET_ADDRESS_HEADER } from '@/lib/node/socket-address';

const args = z
  .tuple([z.enum(['start', 'dev']), z.literal('--port'), z.coerce.number().int().min(1).max(65535)])
  .parse(process.argv.slice(2));
const [mode, , port] = args;
const dir = process.cwd();
const dev = mode === 'dev';
// What `next start` and `next dev` set before Next loads; the types call it read-only.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });

// The configuration the build was made with, as Next's own standalone server.js passes it:
// the traced output has no next.config.js, and with it Next does not warn that `output:
// 'standalone'` builds are meant for that server.
if (!dev) {
  const built = path.join(dir, '.next', 'required-server-files.json');
  const { config } = JSON.parse(readFileSync(built, 'utf8')) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

const started = performance.now();
const { default: next } = await import('next');
const httpServer = createServer();
const app = next({ dev, dir, port, hostname: 'localhost', httpServer });
await app.prepare();
// The settings are checked once Next has loaded any .env files, and before the port opens: a
// missing or malformed one stops the process with its name (exit 2, as `npm run start:web`), in
// the image too, instead of failing the first request that reads it.
try {
  parseEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const handle = app.getRequestHandler();
markSocketAddressHeaderSet();

httpServer.on('request', (req, res) => {
  // Node joins repeated headers of unknown names into one string: assigning replaces them all.
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
  // The raw list still holds a client's copy; nothing should find it there either.
  for (let at = req.rawHeaders.length - 2; at >= 0; at -= 2) {
    if (req.rawHeaders[at]!.toLowerCase() === SOCKET_ADDRESS_HEADER) req.rawHeaders.splice(at, 2);
  }
  void handle(req, res);
});
httpServer.listen(port, () => {
  // scripts/app/run-app.ts waits for these words, as it did for `next start`'s.
  console.log(` ✓ Ready in ${Math.round(performance.now() - started)}ms on port ${port}`);
});

const stop = () => {
  httpServer.close(() => void app.close().then(() => process.exit(0)));
  httpServer.closeIdleConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
