import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { emailChoicesSchema } from '@/lib/validation/email-preferences';
import { chooseEmails, getEmailChoices } from './preferences';

describe('e-mail choices', () => {
  it('are at once until chosen, and each person changes only their own', async () => {
    const mine = await createActor();
    const theirs = await createActor();
    expect(await getEmailChoices({ actor: mine })).toEqual({
      REQUESTS: 'AT_ONCE',
      MESSAGES: 'AT_ONCE',
      MEETINGS: 'AT_ONCE',
      REMINDERS: 'AT_ONCE',
    });
    const choices = {
      REQUESTS: 'DAILY_DIGEST',
      MESSAGES: 'OFF',
      MEETINGS: 'AT_ONCE',
      REMINDERS: 'OFF',
    } as const;
    await chooseEmails({ actor: mine, input: choices });
    expect(await getEmailChoices({ actor: mine })).toEqual(choices);
    expect((await getEmailChoices({ actor: theirs })).REQUESTS).toBe('AT_ONCE');
  });

  it('refuse a choice that is not one of the three, or a kind left out', () => {
    const everything = {
      REQUESTS: 'AT_ONCE',
      MESSAGES: 'AT_ONCE',
      MEETINGS: 'AT_ONCE',
      REMINDERS: 'AT_ONCE',
    };
    expect(emailChoicesSchema.safeParse(everything).success).toBe(true);
    expect(emailChoicesSchema.safeParse({ ...everything, REQUESTS: 'HOURLY' }).success).toBe(false);
    const missing: Partial<typeof everything> = { ...everything };
    delete missing.REMINDERS;
    expect(emailChoicesSchema.safeParse(missing).success).toBe(false);
  });
});
