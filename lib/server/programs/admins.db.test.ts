import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { auditActions, buildManagedProgram } from '@/test/programs/managed-program';
import { holdProgramRow } from '@/test/db/hold-row';
import { db } from '../db';
import { addProgramAdmin, removeProgramAdmin } from './admins';

const adminIds = async (programId: string) =>
  (await db.programAdmin.findMany({ where: { programId } })).map((a) => a.userId).toSorted();

describe('program admins', () => {
  it('an admin adds a member as admin by e-mail, and the audit log says so', async () => {
    const { admin, program, members } = await buildManagedProgram(1);
    const added = await addProgramAdmin({
      actor: admin,
      input: { programId: program.id, email: members[0]!.email },
    });
    expect(added.userId).toBe(members[0]!.id);
    expect(await adminIds(program.id)).toEqual([admin.id, members[0]!.id].toSorted());
    expect(await auditActions(program.id)).toEqual(['program-created', 'admin-added']);
    await expect(
      addProgramAdmin({ actor: admin, input: { programId: program.id, email: members[0]!.email } }),
    ).rejects.toThrow('is an admin of this program already');
  });

  it('answers alike for an account outside the program and for an address with none', async () => {
    const { admin, program } = await buildManagedProgram(0);
    const outsider = await createActor();
    const answer = (email: string) =>
      addProgramAdmin({ actor: admin, input: { programId: program.id, email } }).catch(
        (error: Error) => error.message,
      );
    const forOutsider = await answer(outsider.email);
    expect(forOutsider).toMatch(/No member of this program has this e-mail address/);
    expect(await answer('nobody-at-all@example.test')).toBe(forOutsider);
    expect(await adminIds(program.id)).toEqual([admin.id]);
  });

  it('a platform admin may add anyone with an account', async () => {
    const { owner, program } = await buildManagedProgram(0);
    const outsider = await createActor();
    await addProgramAdmin({
      actor: owner,
      input: { programId: program.id, email: outsider.email },
    });
    expect(await adminIds(program.id)).toContain(outsider.id);
  });

  it('keeps at least one admin, even when the last two remove each other at once', async () => {
    const { admin, program, members } = await buildManagedProgram(1);
    const second = { ...members[0]!, isPlatformAdmin: false };
    await expect(
      removeProgramAdmin({ actor: admin, input: { programId: program.id, userId: admin.id } }),
    ).rejects.toThrow('at least one admin');
    await addProgramAdmin({ actor: admin, input: { programId: program.id, email: second.email } });
    const hold = await holdProgramRow(program.id);
    const removals = Promise.allSettled([
      removeProgramAdmin({ actor: admin, input: { programId: program.id, userId: second.id } }),
      removeProgramAdmin({ actor: second, input: { programId: program.id, userId: admin.id } }),
    ]);
    await hold.releaseOnceWaiting(2);
    const results = await removals;
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await adminIds(program.id)).toHaveLength(1);
    expect((await auditActions(program.id)).filter((a) => a === 'admin-removed')).toHaveLength(1);
  });

  it('an admin of another program can neither add nor remove: not found', async () => {
    const { program, admin, members } = await buildManagedProgram(1);
    const other = await buildManagedProgram(0);
    await expect(
      addProgramAdmin({
        actor: other.admin,
        input: { programId: program.id, email: members[0]!.email },
      }),
    ).rejects.toThrow('not found');
    await expect(
      removeProgramAdmin({
        actor: other.admin,
        input: { programId: program.id, userId: admin.id },
      }),
    ).rejects.toThrow('not found');
    expect(await adminIds(program.id)).toEqual([admin.id]);
  });
});
