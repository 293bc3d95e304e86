import { describe, expect, it } from 'vitest';
import { changePasswordSchema, signUpSchema } from './accounts';

describe('signUpSchema', () => {
  it('lower-cases and trims the e-mail so that one person has one account', () => {
    expect(
      signUpSchema.parse({ name: ' Ada ', email: ' Ada@Example.TEST ', password: 'ten chars!' }),
    ).toEqual({
      name: 'Ada',
      email: 'ada@example.test',
      password: 'ten chars!',
    });
  });

  it('asks for at least 10 characters of password and a real e-mail', () => {
    const result = signUpSchema.safeParse({ name: 'Ada', email: 'ada@', password: 'nine char' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Enter a valid e-mail address, like name@example.com.',
      'Use at least 10 characters.',
    ]);
  });
});

describe('changePasswordSchema', () => {
  it('wants the new password twice, the same', () => {
    const result = changePasswordSchema.safeParse({
      currentPassword: 'x',
      newPassword: 'long enough 1',
      confirmPassword: 'long enough 2',
    });
    expect(result.error?.issues).toMatchObject([
      { path: ['confirmPassword'], message: 'The two new passwords differ.' },
    ]);
  });
});
