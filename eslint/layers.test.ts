/**
 * The layer rules of eslint.config.mjs fail on a planted violation of each, and pass the same
 * file once the violation is gone, so a rule that silently stopped matching would show here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problemsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const SERVER_ONLY = "import 'server-only';\n";

const PATHS = 'import/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';

const plantings: { rule: string; expected: string; file: string; bad: string; good: string }[] = [
  {
    rule: 'a page imports the Prisma client',
    expected: PATHS,
    file: 'app/planted/page.tsx',
    bad: "import { db } from '@/lib/server/db';\nexport const x = db;\n",
    good: "import { requireUser } from '@/lib/server/auth/session';\nexport const x = requireUser;\n",
  },
  {
    rule: 'a component imports generated Prisma code',
    expected: PATHS,
    file: 'components/planted.tsx',
    bad: "import { Prisma } from '@/lib/generated/prisma/client';\nexport const x = Prisma;\n",
    good: "import { fitInWords } from '@/lib/core/matching/fit-words';\nexport const x = fitInWords;\n",
  },
  {
    rule: 'a component imports a server action from app/',
    expected: PATHS,
    file: 'components/planted.tsx',
    bad: "import { signOutAction } from '../app/(auth)/actions';\nexport const x = signOutAction;\n",
    good: "import { Notice } from './layout/notice';\nexport const x = Notice;\n",
  },
  {
    rule: 'lib/core imports the server layer',
    expected: PATHS,
    file: 'lib/core/planted.ts',
    bad: "import { db } from '../server/db';\nexport const x = db;\n",
    good: "import { triageGoal } from './triage';\nexport const x = triageGoal;\n",
  },
  {
    rule: 'lib/core imports generated Prisma code by path',
    expected: PATHS,
    file: 'lib/core/planted.ts',
    bad: "import { Prisma } from '../generated/prisma/client';\nexport const x = Prisma;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'lib/core imports a Prisma package',
    expected: PACKAGES,
    file: 'lib/core/planted.ts',
    bad: "import { PrismaPg } from '@prisma/adapter-pg';\nexport const x = PrismaPg;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'lib/core imports Node I/O',
    expected: PACKAGES,
    file: 'lib/core/planted.ts',
    bad: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'lib/core imports a Node built-in without its prefix',
    expected: PACKAGES,
    file: 'lib/core/planted.ts',
    bad: "import { randomUUID } from 'crypto';\nexport const x = randomUUID;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'lib/core imports a module at run time',
    expected: 'no-restricted-syntax',
    file: 'lib/core/planted.ts',
    bad: "export const x = () => import('./triage');\n",
    good: "export { triageGoal as x } from './triage';\n",
  },
  {
    rule: 'lib/core imports Next',
    expected: PACKAGES,
    file: 'lib/core/planted.ts',
    bad: "import { notFound } from 'next/navigation';\nexport const x = notFound;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'lib/node imports the server layer',
    expected: PATHS,
    file: 'lib/node/planted.ts',
    bad: "import { db } from '../server/db';\nexport const x = db;\n",
    good: "import { hashPassword } from './password';\nexport const x = hashPassword;\n",
  },
  {
    rule: 'the proxy imports the server layer',
    expected: PATHS,
    file: 'proxy.ts',
    bad: "import { db } from '@/lib/server/db';\nexport const x = db;\n",
    good: "import { contentSecurityPolicy } from '@/lib/security/content-security-policy';\nexport const x = contentSecurityPolicy;\n",
  },
  {
    rule: 'production code imports test support',
    expected: PATHS,
    file: 'lib/server/planted.ts',
    bad: `${SERVER_ONLY}import { createActor } from '@/scripts/support/actors';\nexport const x = createActor;\n`,
    good: `${SERVER_ONLY}import { db } from './db';\nexport const x = db;\n`,
  },
  {
    rule: 'production code imports the test folder',
    expected: PATHS,
    file: 'components/planted.tsx',
    bad: "import { sampleCohort } from '../test/programs/sample-cohort';\nexport const x = sampleCohort;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'production code imports browser-test support',
    expected: PATHS,
    file: 'app/planted/page.tsx',
    bad: "import { test } from '@/e2e/support/fixtures';\nexport const x = test;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'a lib/server module without server-only',
    expected: 'pathfinder/server-only-first',
    file: 'lib/server/planted.ts',
    bad: "import { db } from './db';\nexport const x = db;\n",
    good: `${SERVER_ONLY}import { db } from './db';\nexport const x = db;\n`,
  },
];

describe('the layer rules', () => {
  it.each(plantings)('refuse $rule', async ({ expected, file, bad, good }) => {
    expect(await problemsOf(file, bad)).toEqual([expected]);
    expect(await problemsOf(file, good)).toEqual([]);
  });

  it('let a test file import test support', async () => {
    const code =
      "import { sampleCohort } from '@/test/programs/sample-cohort';\nexport const x = sampleCohort;\n";
    expect(await problemsOf('lib/server/planted.test.ts', code)).toEqual([]);
  });
});
