import { describe, expect, it } from 'vitest';
import {
  approveAboveSchema,
  createProgramSchema,
  NO_EVIDENCE_MESSAGES,
  policyPreviewSchema,
  programPolicySchema,
  updatePolicySchema,
} from './program';

const weights = {
  beenThere: 45,
  coachingAreas: 45,
  topics: 25,
  crossFunction: 10,
  crossOrganisation: 10,
  timezone: 10,
};
const policy = {
  weights,
  openRequestCap: 3,
  remindAfterDays: 5,
  expireAfterDays: 14,
  defaultCapacity: 2,
};

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('program input', () => {
  it('accepts a sensible policy, defaulting cross-organisation pairs to allowed', () => {
    expect(programPolicySchema.parse(policy).allowCrossOrganisation).toBe(true);
  });

  it.each([
    [{ ...policy, openRequestCap: 0 }, 'Open requests per person: a whole number from 1 to 10.'],
    [
      { ...policy, expireAfterDays: 2.5 },
      'Days before a request expires: a whole number from 2 to 60.',
    ],
    [{ ...policy, weights: { ...weights, topics: -1 } }, 'Use a number from 0 to 100.'],
    [{ ...policy, defaultCapacity: 'lots' }, 'Default capacity: a whole number from 0 to 10.'],
  ])('refuses a bad policy with a clear message (%#)', (input, message) => {
    expect(firstMessage(programPolicySchema.safeParse(input))).toBe(message);
  });

  describe('fit weights that leave evidence nothing to say', () => {
    const issues = (input: unknown) =>
      (programPolicySchema.safeParse(input).error?.issues ?? []).map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));

    it('refuse lived experience at 0, on its field', () => {
      expect(issues({ ...policy, weights: { ...weights, beenThere: 0 } })).toEqual([
        {
          path: 'weights.beenThere',
          message: 'Lived experience must count for something: it is what a mentor is for.',
        },
      ]);
    });

    it('refuse coaching areas at 0, on their field', () => {
      expect(issues({ ...policy, weights: { ...weights, coachingAreas: 0 } })).toEqual([
        { path: 'weights.coachingAreas', message: NO_EVIDENCE_MESSAGES.coachingAreas },
      ]);
    });

    it('refuse all-zero weights on the fieldset, and each evidence weight on its field', () => {
      const zero = Object.fromEntries(Object.keys(weights).map((key) => [key, 0]));
      expect(issues({ ...policy, weights: zero })).toEqual([
        { path: 'weights', message: NO_EVIDENCE_MESSAGES.allZero },
        { path: 'weights.beenThere', message: NO_EVIDENCE_MESSAGES.beenThere },
        { path: 'weights.coachingAreas', message: NO_EVIDENCE_MESSAGES.coachingAreas },
      ]);
    });

    it('say a weight out of range once, by its range', () => {
      expect(issues({ ...policy, weights: { ...weights, beenThere: -5 } })).toEqual([
        { path: 'weights.beenThere', message: 'Use a number from 0 to 100.' },
      ]);
    });

    it('accept evidence weights above 0 with every other weight at 0, as a form sends them', () => {
      const form = {
        ...policy,
        programId: 'p1',
        weights: {
          beenThere: '0.5',
          coachingAreas: '100',
          topics: '0',
          crossFunction: '0',
          crossOrganisation: '0',
          timezone: '0',
        },
      };
      expect(updatePolicySchema.parse(form).weights).toMatchObject({
        beenThere: 0.5,
        coachingAreas: 100,
      });
    });

    it('apply to the preview too: the same weights, the same messages', () => {
      const draft = policyPreviewSchema.safeParse({
        programId: 'p1',
        weights: { ...weights, beenThere: '0' },
      });
      expect(draft.error?.issues.map((issue) => issue.message)).toEqual([
        NO_EVIDENCE_MESSAGES.beenThere,
      ]);
      expect(policyPreviewSchema.parse({ programId: 'p1', weights }).weights).toEqual(weights);
    });
  });

  it('needs a name and at least one admin e-mail, stored lower-cased', () => {
    expect(
      firstMessage(createProgramSchema.safeParse({ name: 'AB', adminEmails: ['a@b.co'] })),
    ).toBe('Name the program: at least 3 characters.');
    expect(firstMessage(createProgramSchema.safeParse({ name: 'Leaders', adminEmails: [] }))).toBe(
      'Name at least one program admin.',
    );
    expect(
      createProgramSchema.parse({ name: 'Leaders', adminEmails: ['Ann@Example.COM'] }).adminEmails,
    ).toEqual(['ann@example.com']);
  });

  it('reads admins typed as one text, separated by commas, spaces or lines', () => {
    const parsed = createProgramSchema.parse({
      name: 'Finance leaders',
      adminEmails: 'Ana@Example.test, bo@example.test\ncy@example.test',
    });
    expect(parsed.adminEmails).toEqual(['ana@example.test', 'bo@example.test', 'cy@example.test']);
    expect(firstMessage(createProgramSchema.safeParse({ name: 'Finance', adminEmails: ' ' }))).toBe(
      'Name at least one program admin.',
    );
  });

  it('refuses a fit outside 0-1000 for "approve all above"', () => {
    expect(firstMessage(approveAboveSchema.safeParse({ runId: 'r1', minimumFit: '1200' }))).toBe(
      'Give a fit from 0 to 1000.',
    );
    expect(approveAboveSchema.parse({ runId: 'r1', minimumFit: '700' }).minimumFit).toBe(700);
  });
});

describe('policy and program forms that refuse nonsense', () => {
  it('refuses a reminder on or after the day a request expires', () => {
    const policy = {
      weights: {
        beenThere: 45,
        coachingAreas: 45,
        topics: 25,
        crossFunction: 10,
        crossOrganisation: 10,
        timezone: 10,
      },
      openRequestCap: 3,
      remindAfterDays: 14,
      expireAfterDays: 14,
      defaultCapacity: 2,
    };
    const refused = programPolicySchema.safeParse(policy);
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({
        path: ['remindAfterDays'],
        message: 'Remind before a request expires: fewer than 14 days.',
      }),
    ]);
    expect(programPolicySchema.safeParse({ ...policy, remindAfterDays: 7 }).success).toBe(true);
    expect(
      updatePolicySchema.safeParse({ ...policy, programId: 'p1' }).error?.issues[0]?.path,
    ).toEqual(['remindAfterDays']);
  });

  it('names a wrong admin e-mail on the field itself', () => {
    const refused = createProgramSchema.safeParse({
      name: 'Returners',
      adminEmails: 'ana@example.test, not-an-address',
    });
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({
        path: ['adminEmails'],
        message:
          '“not-an-address” is not an e-mail address. Enter e-mail addresses of people on the platform.',
      }),
    ]);
  });
});
