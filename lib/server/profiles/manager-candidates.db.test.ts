import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { createTestProfile, createTestUser } from '@/scripts/support/people';
import { db } from '../db';
import { findManagerCandidates } from './manager-candidates';

/** A person with a profile, so that others can see them, named so this test finds only its own. */
async function listed(name: string) {
  const user = await createTestUser(db, { name });
  await createTestProfile(db, user.id, { jobTitle: 'Head of Data' });
  return user;
}

describe('the manager look-up', () => {
  it('finds only people the caller can already see, by any part of their name, without e-mails', async () => {
    const tag = randomUUID().slice(0, 8);
    const caller = await createActor();
    await createTestProfile(db, caller.id);
    const [marguerite, margo, blocker, blocked] = await Promise.all([
      listed(`Marguerite ${tag} Okafor`),
      listed(`Margo ${tag} Lindqvist`),
      listed(`Margaret ${tag} Blocker`),
      listed(`Margaret ${tag} Blocked`),
    ]);
    // Not in the directory: no profile yet; and blocks either way hide both people.
    await createTestUser(db, { name: `Marge ${tag} Unlisted` });
    await db.block.createMany({
      data: [
        { blockerId: blocker.id, blockedId: caller.id },
        { blockerId: caller.id, blockedId: blocked.id },
      ],
    });

    const found = await findManagerCandidates({ actor: caller, input: { query: `marg ${tag}` } });
    // In name order: Margo before Marguerite.
    expect(found.map((person) => person.id)).toEqual([margo.id, marguerite.id]);
    expect(found[1]).toEqual({
      id: marguerite.id,
      name: marguerite.name,
      jobTitle: 'Head of Data',
      organisation: expect.any(String),
    });
    expect(JSON.stringify(found)).not.toContain('@');
    // Words in any order, each part of the name.
    expect(
      await findManagerCandidates({ actor: caller, input: { query: `okafor ${tag}` } }),
    ).toEqual([expect.objectContaining({ id: marguerite.id })]);
    // An e-mail finds no one: it is not what the look-up searches.
    expect(await findManagerCandidates({ actor: caller, input: { query: margo.email } })).toEqual(
      [],
    );
    // The caller is not their own candidate.
    expect(await findManagerCandidates({ actor: caller, input: { query: caller.name } })).toEqual(
      [],
    );
  });

  it('is limited per person, so it cannot walk the whole directory', async () => {
    const caller = await createActor();
    const other = await createActor();
    for (let at = 0; at < 60; at++)
      await findManagerCandidates({ actor: caller, input: { query: `name ${at}` } });
    await expect(
      findManagerCandidates({ actor: caller, input: { query: 'one more' } }),
    ).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many look-ups. Try again in 10 minutes.',
    });
    // Someone else's look-ups are their own.
    expect(await findManagerCandidates({ actor: other, input: { query: 'anyone' } })).toEqual([]);
  });
});
