import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { buildKnownProgram as buildProgram } from '@/test/programs/known-program';
import { programHealth } from './program-health';
import {
  createGoal,
  createPerson,
  createPlace,
  createTestProgram,
  createRelationship,
  daysAgo,
  NOW,
} from '@/test/programs/health-world';

describe('programHealth', () => {
  it('counts the program’s figures exactly', async () => {
    const { admin, program } = await buildProgram();
    const health = await programHealth({ actor: admin, programId: program.id, now: NOW });
    expect(health?.program).toEqual({ id: program.id, name: program.name });
    expect(health?.participants).toEqual({
      members: 8,
      proteges: 3,
      mentors: 3,
      coaches: 3,
      notYetSetUp: 1,
    });
    expect(health?.organisations.map((o) => [o.members, o.proteges, o.supporters])).toEqual([
      [6, 2, 3],
      [2, 1, 1],
    ]);
    expect(health?.triage).toEqual({ mentor: 1, coach: 1, both: 1, untriaged: 1 });
    // The run's 3 proposals not rejected; 9 requests of members (6 accepted, 1 declined, 1 open,
    // 1 open program invitation); R5 ended after working together, R4 in its introduction.
    expect(health?.funnel).toEqual({
      proposed: 3,
      asked: 9,
      waiting: 2,
      oneSideAccepted: 0,
      declined: 1,
      expired: 0,
      withdrawn: 0,
      accepted: 6,
      active: 3,
      endedAfterWorking: 1,
      endedEarly: 1,
    });
    // Waits in days: 0.5, 1.2, 1.5, 2, 7, 20.
    expect(health?.timeToAccept).toEqual({
      accepted: 6,
      medianDays: 1.8,
      bins: [
        { label: 'Same day', count: 1 },
        { label: '1 day', count: 2 },
        { label: '2 days', count: 1 },
        { label: '3–6 days', count: 0 },
        { label: '1–2 weeks', count: 1 },
        { label: '2 weeks or more', count: 1 },
      ],
    });
    expect(health?.crossPairs).toEqual({
      relationships: 6,
      crossFunction: 2,
      crossOrganisation: 4,
    });
    // M: 2 of 2 (one with the outsider); K: 2 of 1; S: 1 of 4; Z offers no place.
    expect(health?.utilisation).toEqual({
      supporters: 4,
      placesOffered: 7,
      placesTaken: 5,
      bins: [
        { label: 'No places', count: 1 },
        { label: '0%', count: 0 },
        { label: '1–49%', count: 1 },
        { label: '50–99%', count: 0 },
        { label: '100%', count: 1 },
        { label: 'Over 100%', count: 1 },
      ],
    });
    const weeks = health?.ratings.map((w) => [
      w.week.toISOString().slice(0, 10),
      w.meanRating,
      w.checkIns,
    ]);
    expect(weeks).toHaveLength(12);
    expect(weeks?.filter(([, mean]) => mean !== null)).toEqual([
      ['2026-03-09', 1, 1],
      ['2026-04-13', 4, 1],
      ['2026-04-20', 5, 1],
      ['2026-05-18', 4, 1],
      ['2026-05-25', 2.5, 2],
    ]);
    expect(weeks?.[1]).toEqual(['2026-03-16', null, 0]);
  });

  it('flags relationships that need a look, and only those', async () => {
    const { admin, program, a, c, k, m, r1, r2, r4 } = await buildProgram();
    const health = await programHealth({ actor: admin, programId: program.id, now: NOW });
    expect(health?.needsALook.total).toBe(3);
    expect(health?.needsALook.relationships).toEqual([
      expect.objectContaining({
        relationshipId: r1.id,
        protege: { id: a.id, name: a.name },
        supporter: { id: m.id, name: m.name },
        kind: 'MENTOR',
        state: 'ACTIVE',
        reasons: ['NO_RECENT_CHECK_IN'],
        since: daysAgo(40),
        latestRating: 5,
      }),
      expect.objectContaining({
        relationshipId: r2.id,
        supporter: { id: k.id, name: k.name },
        reasons: ['LOW_RATING'],
        since: daysAgo(3),
        latestRating: 2,
      }),
      expect.objectContaining({
        relationshipId: r4.id,
        protege: { id: c.id, name: c.name },
        state: 'ENDED',
        reasons: ['ENDED_IN_INTRO'],
        since: daysAgo(15),
        endedBy: 'protege',
        endNote: 'We never found a time to meet.',
      }),
    ]);
  });

  it('flags an old relationship that never had a check-in, from its start', async () => {
    const admin = await createActor();
    const program = await createTestProgram(admin.id);
    const place = await createPlace();
    const protege = await createPerson(place, {}, program.id);
    const coach = await createPerson(place, { offers: 'COACHING', capacity: 1 });
    const goal = await createGoal(protege.id, 'COACH');
    const pair = {
      goalId: goal.id,
      protegeId: protege.id,
      supporterId: coach.id,
      kind: 'COACH' as const,
    };
    await createRelationship(pair, { sentDaysAgo: 32, startedDaysAgo: 31 });
    const health = await programHealth({ actor: admin, programId: program.id, now: NOW });
    expect(health?.needsALook.relationships).toEqual([
      expect.objectContaining({
        reasons: ['NO_RECENT_CHECK_IN'],
        since: daysAgo(31),
        lastCheckInAt: null,
      }),
    ]);
    // A day younger and it is not flagged yet.
    const later = await programHealth({ actor: admin, programId: program.id, now: daysAgo(2) });
    expect(later?.needsALook).toEqual({ total: 0, relationships: [] });
  });

  it('is null for anyone who does not run the program, and whole for a platform admin', async () => {
    const { program, a } = await buildProgram();
    const otherAdmin = await createActor();
    await createTestProgram(otherAdmin.id);
    expect(await programHealth({ actor: otherAdmin, programId: program.id, now: NOW })).toBeNull();
    expect(await programHealth({ actor: a, programId: program.id, now: NOW })).toBeNull();
    const platformAdmin = { ...(await createActor()), isPlatformAdmin: true };
    const seen = await programHealth({ actor: platformAdmin, programId: program.id, now: NOW });
    expect(seen?.participants.members).toBe(8);
  });

  it('is all zeros for a program nobody has joined yet', async () => {
    const admin = await createActor();
    const program = await createTestProgram(admin.id);
    const health = await programHealth({ actor: admin, programId: program.id, now: NOW });
    expect(health?.participants).toEqual({
      members: 0,
      proteges: 0,
      mentors: 0,
      coaches: 0,
      notYetSetUp: 0,
    });
    expect(health?.organisations).toEqual([]);
    expect(Object.values(health?.funnel ?? { missing: 1 }).every((count) => count === 0)).toBe(
      true,
    );
    expect(health?.timeToAccept.medianDays).toBeNull();
    expect(health?.timeToAccept.bins.every((b) => b.count === 0)).toBe(true);
    expect(health?.utilisation.supporters).toBe(0);
    expect(health?.ratings).toEqual([]);
    expect(health?.needsALook).toEqual({ total: 0, relationships: [] });
  });
});
