import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { findProgramToJoin, joinProgram, renewJoinCode } from './join';
import { createCohort } from '@/test/programs/runs';

describe('invitation links', () => {
  it('enrol whoever follows them, once, and a new link retires the old one', async () => {
    const { programId, admin } = await createCohort(0);
    const { joinCode } = await db.program.findUniqueOrThrow({ where: { id: programId } });
    const person = await createActor();
    expect(await findProgramToJoin({ actor: person, code: joinCode })).toMatchObject({
      id: programId,
      joined: false,
    });
    await joinProgram({ actor: person, input: { code: joinCode } });
    await joinProgram({ actor: person, input: { code: joinCode } });
    expect(await db.programMember.count({ where: { programId, userId: person.id } })).toBe(1);
    expect(await findProgramToJoin({ actor: person, code: joinCode })).toMatchObject({
      joined: true,
    });

    await renewJoinCode({ actor: admin, input: { programId } });
    const late = await createActor();
    expect(await findProgramToJoin({ actor: late, code: joinCode })).toBeNull();
    await expect(joinProgram({ actor: late, input: { code: joinCode } })).rejects.toThrow(
      'not found',
    );
    expect(await db.auditEntry.count({ where: { programId, action: 'join-link-renewed' } })).toBe(
      1,
    );
  });

  it('are renewed only by the program’s admins', async () => {
    const { programId } = await createCohort(0);
    const stranger = (await createCohort(0)).admin;
    const { joinCode } = await db.program.findUniqueOrThrow({ where: { id: programId } });
    await expect(renewJoinCode({ actor: stranger, input: { programId } })).rejects.toThrow(
      'not found',
    );
    expect((await db.program.findUniqueOrThrow({ where: { id: programId } })).joinCode).toBe(
      joinCode,
    );
  });
});
