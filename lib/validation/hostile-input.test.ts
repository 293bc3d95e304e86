/**
 * Every input schema of the product, fed random and hostile values: wrong types, huge and
 * strange strings (SQL and HTML fragments, unicode edge cases), prototype keys. A schema must
 * always answer, with success or with messages a person can read; it never throws (a throw in
 * an action is a 500), and what it accepts is plain data, never an object carrying prototype
 * keys into the code behind it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as accounts from './accounts';
import * as connection from './connection';
import * as goal from './goal';
import * as goalIntent from './goal-intent';
import * as meetings from './meetings';
import * as messages from './messages';
import * as profile from './profile';
import * as program from './program';

const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === 'object' && value !== null && 'safeParse' in value;
const SCHEMAS: [string, z.ZodType][] = Object.entries({
  ...accounts,
  ...connection,
  ...goal,
  ...goalIntent,
  ...meetings,
  ...messages,
  ...profile,
  ...program,
}).flatMap(([name, value]: [string, unknown]) =>
  isSchema(value) ? [[name, value] as [string, z.ZodType]] : [],
);

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.constantFrom(
    `'; DROP TABLE "User"; --`,
    `<script>alert(1)</script>`,
    `<img src=x onerror=alert(1)>`,
    `" OR 1=1 --`,
    '\u0000',
    '\uFEFF\u200B\u202E',
    '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦',
    'a'.repeat(100_000),
    '__proto__',
    'constructor',
  ),
);
const hostileValue = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(hostileText, { maxLength: 5 }),
);
/** Objects with the schemas' own field names (so parsing goes deep) and prototype keys. */
function hostileObject(fields: string[]) {
  return fc
    .record(
      Object.fromEntries(
        [...fields, '__proto__', 'constructor', 'prototype'].map((key) => [key, hostileValue]),
      ),
      { requiredKeys: [] },
    )
    .map((record) => JSON.parse(JSON.stringify(record)) as unknown);
}

const fieldsOf = (schema: z.ZodType): string[] => {
  const shape = (schema as { shape?: object }).shape;
  return shape ? Object.keys(shape) : [];
};

describe('every input schema', () => {
  it('is found here', () => {
    expect(SCHEMAS.length).toBeGreaterThan(20);
  });

  it.each(SCHEMAS)('%s answers any value with success or readable messages', (_, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), hostileObject(fieldsOf(schema))), (value) => {
        const result = schema.safeParse(value);
        if (result.success) {
          const data = result.data as Record<string, unknown> | null;
          if (data && typeof data === 'object')
            expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(false);
          return;
        }
        for (const issue of result.error.issues) {
          expect(issue.message.trim().length).toBeGreaterThan(0);
          expect(issue.message.length).toBeLessThan(300);
        }
      }),
      { numRuns: 150 },
    );
  });
});
