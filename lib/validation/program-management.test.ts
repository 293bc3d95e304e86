import { describe, expect, it } from 'vitest';
import { addAdminSchema, programWindowSchema } from './program-management';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('program management input', () => {
  it('takes a window whose last day comes after its first, or either end open', () => {
    const window = programWindowSchema.parse({
      programId: 'p',
      startsOn: '2027-03-01',
      endsOn: '2027-03-31',
    });
    expect(window.startsOn?.toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(programWindowSchema.parse({ programId: 'p', startsOn: '', endsOn: '' })).toEqual({
      programId: 'p',
      startsOn: null,
      endsOn: null,
    });
  });

  it('refuses an end on or before the start, and days the calendar does not have', () => {
    const same = programWindowSchema.safeParse({
      programId: 'p',
      startsOn: '2027-03-01',
      endsOn: '2027-03-01',
    });
    expect(messages(same)).toEqual(['The last day must come after the first day.']);
    const wrong = programWindowSchema.safeParse({ programId: 'p', startsOn: '2027-02-30' });
    expect(messages(wrong)).toEqual(['Give the first day as a date.']);
  });

  it('refuses something that is not an e-mail address, and trims and lowercases one', () => {
    expect(messages(addAdminSchema.safeParse({ programId: 'p', email: 'not an address' }))).toEqual(
      ['That is not an e-mail address. Enter one like name@example.com.'],
    );
    expect(addAdminSchema.parse({ programId: 'p', email: ' Ana@Example.TEST ' }).email).toBe(
      'ana@example.test',
    );
  });
});
