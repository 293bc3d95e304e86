import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '@/lib/validation/profile';
import { createActor } from '@/scripts/support/actors';
import { db } from '../db';
import { getOwnProfile } from './get-own-profile';
import { saveProfile } from './save-profile';

const base: ProfileInput = {
  organisation: 'Contoso Labs',
  function: 'Data',
  jobTitle: 'Data scientist',
  level: 3,
  yearsExperience: 5,
  country: 'NL',
  timezone: 'Europe/Amsterdam',
  languages: ['en', 'nl'],
  skills: ['python'],
  bio: '',
  offers: 'NONE',
  capacity: 3,
  coachingAreas: ['conflict'],
};

describe('profiles', () => {
  it('reuse an organisation and function named with other case and spacing', async () => {
    const first = await createActor();
    const second = await createActor();
    await saveProfile({ actor: first, input: base });
    await saveProfile({
      actor: second,
      input: { ...base, organisation: '  contoso   LABS ', function: 'data' },
    });
    const [a, b] = await Promise.all([
      getOwnProfile({ actor: first }),
      getOwnProfile({ actor: second }),
    ]);
    expect(b?.organisationId).toBe(a?.organisationId);
    expect(b?.functionId).toBe(a?.functionId);
    // Someone who offers no help has no capacity or coaching areas, whatever the form sent.
    expect(a).toMatchObject({ capacity: 0, coachingAreas: [] });
  });

  it('name a manager by e-mail, but never one that reports to the person', async () => {
    const [lead, report, deeper] = await Promise.all([createActor(), createActor(), createActor()]);
    await saveProfile({ actor: lead, input: base });
    await saveProfile({ actor: report, input: { ...base, managerEmail: lead.email } });
    await saveProfile({ actor: deeper, input: { ...base, managerEmail: report.email } });
    expect((await getOwnProfile({ actor: deeper }))?.manager?.email).toBe(report.email);

    const loop = saveProfile({ actor: lead, input: { ...base, managerEmail: deeper.email } });
    await expect(loop).rejects.toMatchObject({
      field: 'managerEmail',
      message: 'That person reports to you, directly or further down.',
    });
    await expect(
      saveProfile({ actor: lead, input: { ...base, managerEmail: lead.email } }),
    ).rejects.toMatchObject({
      message: 'You cannot be your own manager.',
    });
    await expect(
      saveProfile({ actor: lead, input: { ...base, managerEmail: 'ghost@example.test' } }),
    ).rejects.toMatchObject({
      message: 'No one with that e-mail is on the platform yet.',
    });
    expect(
      (await db.profile.findUniqueOrThrow({ where: { userId: lead.id } })).managerId,
    ).toBeNull();
  });
});
