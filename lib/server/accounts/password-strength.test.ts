import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-strength';

describe('password strength', () => {
  it.each(['aaaaaaaaaa', '1234567890', 'password12', 'qwertyuiop', 'Password2026!'])(
    'refuses %s, saying why',
    (password) => {
      const problem = passwordProblem(password);
      expect(problem).toMatch(/^This password is too easy to guess\. \S/);
      // The estimator's own reason, not only the heading.
      expect(problem!.length).toBeGreaterThan('This password is too easy to guess. '.length + 10);
    },
  );

  it('names a repeated or common pattern in its reason', () => {
    expect(passwordProblem('aaaaaaaaaa')).toMatch(/repeat/i);
    expect(passwordProblem('password12')).toMatch(/common|used/i);
  });

  it("refuses a password made of the person's own name or e-mail", () => {
    const person = { name: 'Kristiina Vahtera', email: 'kristiina.vahtera@fabrikam.test' };
    expect(passwordProblem('KristiinaVahtera', person)).toMatch(/personal/);
    expect(passwordProblem('fabrikamvahtera', person)).toMatch(/personal/);
    expect(passwordProblem('KristiinaVahtera')).toBeNull();
  });

  it('accepts a passphrase of unrelated words', () => {
    expect(passwordProblem('correct lantern oyster gravel')).toBeNull();
    expect(passwordProblem('demo-password-2026')).toBeNull();
  });
});
