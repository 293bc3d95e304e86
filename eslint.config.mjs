import next from 'eslint-config-next';
import nextTypescript from 'eslint-config-next/typescript';
import { builtinModules } from 'node:module';
import { pathfinderRules } from './eslint/server-only-first.mjs';

/**
 * The layers (docs/decisions/007-layers-and-tests.md) as lint rules. Paths are resolved, so
 * a relative import and an `@/` import of the same file are caught alike.
 */
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const PRODUCTION = ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'types/**'];

const zones = [
  {
    target: ['./app', './components'],
    from: ['./lib/generated', './lib/node/prisma-client.ts', './lib/server/db.ts'],
    message:
      'Pages and components reach the database only through lib/server functions, never the Prisma client.',
  },
  {
    target: './components',
    from: './app',
    message:
      'Components never import from app/: a page passes its server actions to the component as props.',
  },
  {
    target: ['./lib/core', './lib/validation'],
    from: ['./lib/server', './lib/node', './app', './components'],
    message: 'lib/core and lib/validation are pure: data in, data out, no database, server or UI.',
  },
  {
    // lib/generated/wasm holds compiled WebAssembly as plain data (base64), pure like lib/core.
    target: ['./lib/core', './lib/validation'],
    from: './lib/generated',
    except: ['./wasm'],
    message: 'lib/core and lib/validation are pure: data in, data out, no database, server or UI.',
  },
  {
    target: ['./proxy.ts', './lib/security'],
    from: ['./lib/server', './lib/node', './lib/generated', './app', './components'],
    message:
      'The proxy runs before every request, apart from the server layer: it may use lib/security and lib/core only.',
  },
  {
    target: ['./lib/node'],
    from: ['./lib/server', './app', './components'],
    message: 'lib/node is shared by scripts and the server: it cannot depend on the server layer.',
  },
];

const testSupportZone = {
  target: ['./app', './components', './lib', './proxy.ts', './types'],
  from: ['./test', './scripts', './e2e'],
  message: 'Production code never imports test support or scripts; test files (*.test.ts) may.',
};

// What a pure module may not reach, by package name: the database, Next, React, and every
// Node built-in with or without its `node:` prefix (the list comes from Node itself).
const IMPURE_PACKAGES = [
  'next',
  'next/*',
  'next-auth',
  'next-auth/*',
  '@prisma/*',
  'pg',
  'pg-*',
  'nodemailer',
  'server-only',
  'react',
  'react-dom',
  'node:*',
  ...builtinModules.flatMap((name) => [name, `${name}/*`]),
];

const config = [
  {
    ignores: [
      '.next/**',
      '.data/**',
      'lib/generated/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...next,
  ...nextTypescript,
  {
    // Playwright fixtures receive a `use` callback that is not React's `use`.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'import/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: PRODUCTION,
    ignores: TESTS,
    rules: { 'import/no-restricted-paths': ['error', { zones: [...zones, testSupportZone] }] },
  },
  {
    files: ['lib/core/**', 'lib/validation/**'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: IMPURE_PACKAGES,
              message:
                'lib/core and lib/validation are pure: no database, Next, React or Node I/O.',
            },
          ],
        },
      ],
      // A dynamic import() would slip past the import rules above.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression',
          message: 'lib/core and lib/validation are pure: no dynamic import().',
        },
      ],
    },
  },
  {
    files: ['lib/server/**/*.ts'],
    ignores: TESTS,
    plugins: { pathfinder: pathfinderRules },
    rules: { 'pathfinder/server-only-first': 'error' },
  },
];

export default config;
