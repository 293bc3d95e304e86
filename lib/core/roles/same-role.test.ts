import { describe, expect, it } from 'vitest';
import { normaliseRole } from './normalise-role';
import { roleInWords, sameRole } from './same-role';

describe('sameRole', () => {
  it('is the same role for one function and level however written', () => {
    expect(sameRole(normaliseRole('Head of People'), normaliseRole('HR Director'))).toBe(true);
    expect(sameRole(normaliseRole('VP People'), normaliseRole('VP of Human Resources'))).toBe(true);
  });

  it('is a different role at another level or in another function', () => {
    expect(
      sameRole(normaliseRole('Engineering Manager'), normaliseRole('Head of Engineering')),
    ).toBe(false);
    expect(sameRole(normaliseRole('Sales Manager'), normaliseRole('Marketing Manager'))).toBe(
      false,
    );
  });

  it('needs equal titles when a function is missing', () => {
    const founder = normaliseRole('Founder');
    expect(sameRole(founder, normaliseRole('founder'))).toBe(true);
    expect(sameRole(founder, normaliseRole('Co-founder'))).toBe(false);
  });
});

describe('roleInWords', () => {
  it('says a role in a few words', () => {
    expect(roleInWords(normaliseRole('Director of Engineering'))).toBe('Director of Engineering');
    expect(roleInWords(normaliseRole('Team Lead', { function: 'Finance' }))).toBe(
      'Team Lead in Finance',
    );
    expect(roleInWords({ title: null, level: 5, function: 'Nursing' })).toBe(
      'a lead-level role in Nursing',
    );
    expect(roleInWords({ title: null, level: 8, function: null })).toBe('an executive-level role');
    expect(roleInWords({ title: null, level: null, function: null })).toBe('no particular role');
  });
});
