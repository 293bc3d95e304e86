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

const plantings: { rule: string; file: string; bad: string; good: string }[] = [
  {
    rule: 'a page imports the Prisma client',
    file: 'app/planted/page.tsx',
    bad: "import { db } from '@/lib/server/db';\nexport const x = db;\n",
    good: "import { requireUser } from '@/lib/server/auth/session';\nexport const x = requireUser;\n",
  },
  {
    rule: 'a component imports generated Prisma code',
    file: 'components/planted.tsx',
    bad: "import { Prisma } from '@/lib/generated/prisma/client';\nexport const x = Prisma;\n",
    good: "import { fitInWords } from '@/lib/core/matching/fit-words';\nexport const x = fitInWords;\n",
  },
  {
    rule: 'a component imports a server action from app/',
    file: 'components/planted.tsx',
    bad: "import { signOutAction } from '../app/(auth)/actions';\nexport const x = signOutAction;\n",
    good: "import { Notice } from './layout/notice';\nexport const x = Notice;\n",
  },
  {
    rule: 'lib/core imports the server layer',
    file: 'lib/core/planted.ts',
    bad: "import { db } from '../server/db';\nexport const x = db;\n",
    good: "import { triageGoal } from './triage';\nexport const x = triageGoal;\n",
  },
  {
    rule: 'lib/core imports Node I/O',
    file: 'lib/core/planted.ts',
    bad: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'lib/core imports Next',
    file: 'lib/core/planted.ts',
    bad: "import { notFound } from 'next/navigation';\nexport const x = notFound;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'production code imports test support',
    file: 'lib/server/planted.ts',
    bad: `${SERVER_ONLY}import { createActor } from '@/scripts/support/actors';\nexport const x = createActor;\n`,
    good: `${SERVER_ONLY}import { db } from './db';\nexport const x = db;\n`,
  },
  {
    rule: 'production code imports the test folder',
    file: 'components/planted.tsx',
    bad: "import { sampleCohort } from '../test/programs/sample-cohort';\nexport const x = sampleCohort;\n",
    good: 'export const x = 1;\n',
  },
  {
    rule: 'a lib/server module without server-only',
    file: 'lib/server/planted.ts',
    bad: "import { db } from './db';\nexport const x = db;\n",
    good: `${SERVER_ONLY}import { db } from './db';\nexport const x = db;\n`,
  },
];

describe('the layer rules', () => {
  it.each(plantings)('refuse $rule', async ({ file, bad, good }) => {
    const planted = await problemsOf(file, bad);
    expect(planted.some((rule) => /no-restricted|server-only-first/.test(rule))).toBe(true);
    expect(await problemsOf(file, good)).toEqual([]);
  });

  it('let a test file import test support', async () => {
    const code =
      "import { sampleCohort } from '@/test/programs/sample-cohort';\nexport const x = sampleCohort;\n";
    expect(await problemsOf('lib/server/planted.test.ts', code)).toEqual([]);
  });
});
