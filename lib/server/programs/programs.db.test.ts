import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { createProgram, findProgram, listPrograms, updateProgramPolicy } from './programs';

async function platformAdmin() {
  const actor = await createActor();
  await db.user.update({ where: { id: actor.id }, data: { isPlatformAdmin: true } });
  return { ...actor, isPlatformAdmin: true };
}

const policy = {
  weights: {
    beenThere: 50,
    coachingAreas: 40,
    topics: 20,
    crossFunction: 20,
    crossOrganisation: 0,
    timezone: 10,
  },
  openRequestCap: 2,
  remindAfterDays: 4,
  expireAfterDays: 10,
  defaultCapacity: 3,
  allowCrossOrganisation: false,
};

describe('programs', () => {
  it('are created by platform admins only, with named admins and an audit entry', async () => {
    const owner = await platformAdmin();
    const runner = await createActor();
    const name = `Leadership ${runner.id}`;
    await expect(
      createProgram({
        actor: runner,
        input: { name, description: '', adminEmails: [runner.email] },
      }),
    ).rejects.toThrow('Only platform admins');
    await expect(
      createProgram({
        actor: owner,
        input: { name, description: '', adminEmails: ['nobody@example.test'] },
      }),
    ).rejects.toThrow('nobody@example.test');

    const { id } = await createProgram({
      actor: owner,
      input: { name, description: 'A cohort', adminEmails: [runner.email] },
    });
    const seen = await findProgram({ actor: runner, programId: id });
    expect(seen?.admins.map((a) => a.user.email)).toEqual([runner.email]);
    expect(seen?.audit.map((entry) => entry.action)).toEqual(['program-created']);
    expect((await listPrograms({ actor: runner })).map((p) => p.id)).toEqual([id]);
  });

  it('are out of reach of admins of other programs: not found, and unchanged', async () => {
    const owner = await platformAdmin();
    const [adminX, adminY] = [await createActor(), await createActor()];
    const x = await createProgram({
      actor: owner,
      input: { name: `X ${adminX.id}`, description: '', adminEmails: [adminX.email] },
    });
    const y = await createProgram({
      actor: owner,
      input: { name: `Y ${adminY.id}`, description: '', adminEmails: [adminY.email] },
    });
    expect(await findProgram({ actor: adminX, programId: y.id })).toBeNull();
    expect((await listPrograms({ actor: adminX })).map((p) => p.id)).not.toContain(y.id);
    await expect(
      updateProgramPolicy({ actor: adminX, input: { ...policy, programId: y.id } }),
    ).rejects.toThrow('not found');
    expect((await db.program.findUniqueOrThrow({ where: { id: y.id } })).openRequestCap).toBe(3);

    // Their own program they can change, and the audit log keeps before and after.
    await updateProgramPolicy({ actor: adminX, input: { ...policy, programId: x.id } });
    const changed = await findProgram({ actor: adminX, programId: x.id });
    expect(changed).toMatchObject({ openRequestCap: 2, allowCrossOrganisation: false });
    const [latest] = changed?.audit ?? [];
    expect(latest).toMatchObject({
      action: 'policy-changed',
      actorId: adminX.id,
      before: expect.objectContaining({ openRequestCap: 3 }),
      after: expect.objectContaining({ openRequestCap: 2 }),
    });
  });
});
