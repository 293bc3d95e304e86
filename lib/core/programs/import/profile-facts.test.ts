import { describe, expect, it } from 'vitest';
import { sampleCohort } from '@/test/programs/sample-cohort';
import { profileFacts } from './profile-facts';

describe('profile facts a file does not carry', () => {
  const [ines, tom] = sampleCohort().people;
  if (!ines || !tom) throw new Error('fixture');

  it('come from the career steps: the latest step’s country, years since the first began', () => {
    expect(profileFacts(ines, undefined, 2026)).toEqual({ country: 'GB', yearsExperience: 12 });
  });

  it('are kept from the profile when the file has no steps, else left to fill in', () => {
    const stored = { country: 'IE', yearsExperience: 7 };
    expect(profileFacts(tom, stored, 2026)).toEqual(stored);
    expect(profileFacts(tom, undefined, 2026)).toEqual({ country: '', yearsExperience: 0 });
  });
});
