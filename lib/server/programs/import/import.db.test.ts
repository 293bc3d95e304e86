import { describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createActor } from '@/scripts/support/actors';
import { applyImport } from './apply';
import { exportPeople } from './export';
import { sampleCohort } from '@/test/programs/sample-cohort';
import { previewImport } from './preview';
import { programWithAdmin } from '@/scripts/support/cohort';
import { peopleFileToCsv } from '@/lib/core/programs/import/write-csv';

const json = (value: unknown) => JSON.stringify(value);
const emailsOf = (file: ReturnType<typeof sampleCohort>) => file.people.map((p) => p.email);

describe('importing a cohort', () => {
  it('refuses a file with bad rows whole, naming each line, and writes nothing', async () => {
    const { admin, programId } = await programWithAdmin();
    const file = sampleCohort();
    const [ines, tom, ada] = file.people;
    if (!ines || !tom || !ada) throw new Error('fixture');
    const csv = peopleFileToCsv({
      people: [ines, { ...tom, level: 11 }, { ...ada, timezone: 'Nowhere/Land' }],
      goals: file.goals,
    })
      // Inès's first row runs over lines 2-3 (her bio has a line break), her second is line 4;
      // Tom's rows are lines 5-6 and Ada's line 7.
      .replace(`${ines.email},`, ',');
    const expected = [
      {
        line: 2,
        field: 'email',
        reason: 'an e-mail is needed to find or create the person’s account',
      },
      { line: 5, field: 'level', reason: 'expected a whole number 1-8' },
      { line: 7, field: 'timezone', reason: 'expected an IANA time zone such as Europe/Paris' },
    ];
    const input = { actor: admin, programId, text: csv, format: 'csv' as const };

    const preview = await previewImport(input);
    expect(preview.problems).toEqual(expected);
    expect(await applyImport(input)).toEqual({ ok: false, problems: expected });
    expect(await db.user.count({ where: { email: { in: emailsOf(file) } } })).toBe(0);
    expect(await db.programMember.count({ where: { programId } })).toBe(0);
    expect(await db.organisation.count({ where: { name: ines.organization } })).toBe(0);
    expect(await db.auditEntry.count({ where: { programId, action: 'people-imported' } })).toBe(0);
  });

  it('imports a good file, and a second import updates instead of adding', async () => {
    const { admin, programId } = await programWithAdmin();
    const file = sampleCohort();
    // Ada already has an account and is in the program: found by e-mail, keeps her password.
    const ada = file.people[2];
    if (!ada) throw new Error('fixture');
    const existing = await db.user.create({
      data: { name: 'Ada O.', email: ada.email, passwordHash: 'kept' },
    });
    await db.programMember.create({ data: { programId, userId: existing.id } });

    const preview = await previewImport({
      actor: admin,
      programId,
      text: json(file),
      format: 'json',
    });
    expect(preview).toMatchObject({
      people: { create: 2, update: 1 },
      goals: { create: 3, update: 0 },
      problems: [],
    });
    expect(preview.newOrganisations.toSorted()).toEqual(
      [...new Set(file.people.map((p) => p.organization))].toSorted(),
    );
    expect(await db.user.count({ where: { email: { in: emailsOf(file) } } })).toBe(1);

    const first = await applyImport({ actor: admin, programId, text: json(file), format: 'json' });
    expect(first).toMatchObject({ ok: true, counts: { people: { create: 2, update: 1 } } });

    const tom = await db.user.findUniqueOrThrow({
      where: { email: file.people[1]?.email },
      include: { profile: true, goals: { orderBy: { id: 'asc' } }, programMemberships: true },
      omit: { passwordHash: false },
    });
    const ines = await db.user.findUniqueOrThrow({ where: { email: file.people[0]?.email } });
    expect(tom.passwordHash).toBeNull();
    expect(tom.profile).toMatchObject({ managerId: ines.id, level: 2, offers: 'NONE' });
    expect(tom.programMemberships).toEqual([
      expect.objectContaining({ programId, externalId: file.people[1]?.id }),
    ]);
    // Triaged as the app triages; the file's kind kept as the person's choice only if it differs.
    for (const goal of tom.goals) {
      expect(goal.triageKind).not.toBeNull();
      expect(goal.triageReasons).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: expect.any(String) })]),
      );
      expect(goal.chosenKind ?? goal.triageKind).toBe(
        file.goals.find((g) => g.text === goal.statement)?.kind?.toUpperCase(),
      );
    }
    const adaNow = await db.user.findUniqueOrThrow({
      where: { id: existing.id },
      select: { name: true, passwordHash: true, experiences: true },
    });
    expect(adaNow).toMatchObject({ name: ada.name, passwordHash: 'kept' });
    expect(adaNow.experiences).toHaveLength(1);
    expect(await db.programOrganisation.count({ where: { programId } })).toBe(2);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { programId, action: 'people-imported' },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      after: expect.objectContaining({ format: 'json' }),
    });

    // Again, with a new bio, one step fewer, a goal reworded (matched by the id an export gave
    // it) and a goal added: people and goals are updated, nothing is doubled.
    const exported = await exportPeople({ actor: admin, programId });
    const changed = {
      people: exported.people.map((p) =>
        p.id === file.people[0]?.id
          ? { ...p, bio: 'New bio', experiences: p.experiences.slice(0, 1) }
          : p,
      ),
      goals: [
        ...exported.goals.map((g, index) => (index === 0 ? { ...g, text: `${g.text} Soon.` } : g)),
        {
          id: 'new-goal',
          personId: file.people[0]?.id ?? '',
          text: 'I want to learn to coach others.',
        },
      ],
    };
    const second = await applyImport({
      actor: admin,
      programId,
      text: json(changed),
      format: 'json',
    });
    expect(second).toMatchObject({
      ok: true,
      counts: { people: { create: 0, update: 3 }, goals: { create: 1, update: 3 } },
    });
    expect(await db.user.count({ where: { email: { in: emailsOf(file) } } })).toBe(3);
    expect(await db.programMember.count({ where: { programId } })).toBe(3);
    const again = await exportPeople({ actor: admin, programId });
    expect(again.goals).toHaveLength(4);
    expect(again.goals[0]).toEqual({
      ...exported.goals[0],
      text: `${exported.goals[0]?.text} Soon.`,
      kind: again.goals[0]?.kind,
    });
    const inesAgain = again.people.find((p) => p.id === file.people[0]?.id);
    expect(inesAgain).toMatchObject({
      bio: 'New bio',
      experiences: [file.people[0]?.experiences[0]],
    });
  });

  it('never changes an e-mail: an id that names someone else in the program is a bad row', async () => {
    const { admin, programId } = await programWithAdmin();
    const file = sampleCohort();
    await applyImport({ actor: admin, programId, text: json(file), format: 'json' });
    const [ines] = file.people;
    if (!ines) throw new Error('fixture');
    const moved = {
      ...file,
      people: [{ ...ines, email: `other-${ines.email}` }, ...file.people.slice(1)],
    };
    const result = await applyImport({
      actor: admin,
      programId,
      text: json(moved),
      format: 'json',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: null,
          field: 'people[0].email',
          reason: `id "${ines.id}" is ${ines.email} in this program, and an import never changes anyone's e-mail`,
        },
      ],
    });
  });

  it('never rewrites the profile of an account outside the program: a bad row', async () => {
    const { admin, programId } = await programWithAdmin();
    const file = sampleCohort();
    const [ines] = file.people;
    if (!ines) throw new Error('fixture');
    const stranger = await db.user.create({
      data: { name: 'Ines, as she wrote it', email: ines.email, passwordHash: 'hers' },
    });
    const result = await applyImport({ actor: admin, programId, text: json(file), format: 'json' });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: null,
          field: 'people[0].email',
          reason: `${ines.email} already has an account outside this program; they join it themselves, so that nobody else rewrites their profile`,
        },
      ],
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: stranger.id } })).toMatchObject({
      name: 'Ines, as she wrote it',
    });
    expect(await db.programMember.count({ where: { programId } })).toBe(0);
  });

  it('is out of reach of admins of other programs and of everyone else: not found', async () => {
    const x = await programWithAdmin();
    const y = await programWithAdmin();
    const stranger = await createActor();
    const file = sampleCohort();
    const into = (programId: string) => ({ programId, text: json(file), format: 'json' as const });
    for (const actor of [x.admin, stranger]) {
      await expect(previewImport({ actor, ...into(y.programId) })).rejects.toThrow('not found');
      await expect(applyImport({ actor, ...into(y.programId) })).rejects.toThrow('not found');
      await expect(exportPeople({ actor, programId: y.programId })).rejects.toThrow('not found');
    }
    expect(await db.programMember.count({ where: { programId: y.programId } })).toBe(0);
    expect(await db.user.count({ where: { email: { in: emailsOf(file) } } })).toBe(0);

    await applyImport({ actor: y.admin, ...into(y.programId) });
    await expect(exportPeople({ actor: x.admin, programId: y.programId })).rejects.toThrow(
      'not found',
    );
    expect((await exportPeople({ actor: x.admin, programId: x.programId })).people).toEqual([]);
  });
});
