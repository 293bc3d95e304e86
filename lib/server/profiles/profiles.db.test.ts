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
  hidePastEmployers: false,
  hideFromSuggestions: false,
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

  it('pick a manager among the people one can see, never one that reports to the person', async () => {
    const [lead, report, deeper] = await Promise.all([createActor(), createActor(), createActor()]);
    await saveProfile({ actor: lead, input: base });
    await saveProfile({ actor: report, input: { ...base, managerId: lead.id } });
    await saveProfile({ actor: deeper, input: { ...base, managerId: report.id } });
    expect((await getOwnProfile({ actor: deeper }))?.manager).toEqual({
      id: report.id,
      name: report.name,
    });

    const loop = saveProfile({ actor: lead, input: { ...base, managerId: deeper.id } });
    await expect(loop).rejects.toMatchObject({
      field: 'managerId',
      message: 'That person reports to you, directly or further down.',
    });
    await expect(
      saveProfile({ actor: lead, input: { ...base, managerId: lead.id } }),
    ).rejects.toMatchObject({ message: 'You cannot be your own manager.' });
    // Someone without a profile is not in the directory, and an unknown id reads the same.
    const unlisted = await createActor();
    for (const managerId of [unlisted.id, 'no-such-person'])
      await expect(
        saveProfile({ actor: lead, input: { ...base, managerId } }),
      ).rejects.toMatchObject({
        field: 'managerId',
        message: 'Choose your manager from the list as you type.',
      });
    expect(
      (await db.profile.findUniqueOrThrow({ where: { userId: lead.id } })).managerId,
    ).toBeNull();
  });

  it('keep a saved manager who has since left the directory', async () => {
    const [person, manager] = await Promise.all([createActor(), createActor()]);
    await saveProfile({ actor: manager, input: base });
    await saveProfile({ actor: person, input: { ...base, managerId: manager.id } });
    await db.block.create({ data: { blockerId: manager.id, blockedId: person.id } });
    await saveProfile({ actor: person, input: { ...base, managerId: manager.id, bio: 'Hello' } });
    expect((await getOwnProfile({ actor: person }))?.managerId).toBe(manager.id);
  });
});
