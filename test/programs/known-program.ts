/**
 * A small program whose every figure is known, for program-health.db.test.ts (which states
 * the expected values). Test-only.
 */
import { db } from '@/lib/server/db';
import { createActor } from '@/scripts/support/actors';
import {
  createGoal,
  createPerson,
  createPlace,
  createTestProgram,
  createRelationship,
  createRequest,
} from './health-world';

/**
 * Eight members in two organisations (X, Y) and two functions (F1, F2): protégés A (X/F1),
 * B (Y/F1), C (X/F2); mentor M (Y/F2, 2 places), coach K (X/F1, 1 place), S offering both
 * (X/F1, 4 places), Z offering both with no place, and N who has done nothing yet. An outsider
 * O is not a member: their relationship with M counts only towards M's load.
 */
export async function buildKnownProgram() {
  const admin = await createActor();
  const program = await createTestProgram(admin.id);
  const [x, y] = [await createPlace(), await createPlace()];
  const [f1, f2] = [x.functionId, y.functionId];
  const at = (
    organisationId: string,
    functionId: string,
    offer?: Parameters<typeof createPerson>[1],
  ) => createPerson({ organisationId, functionId }, offer, program.id);
  const a = await at(x.organisationId, f1);
  const b = await at(y.organisationId, f1);
  const c = await at(x.organisationId, f2);
  const m = await at(y.organisationId, f2, { offers: 'MENTORING', capacity: 2 });
  const k = await at(x.organisationId, f1, { offers: 'COACHING', capacity: 1 });
  const s = await at(x.organisationId, f1, { offers: 'BOTH', capacity: 4 });
  await at(x.organisationId, f1, { offers: 'BOTH', capacity: 0 });
  await at(x.organisationId, f1);
  const outsider = await createPerson(x);

  const g1 = await createGoal(a.id, 'MENTOR');
  const g2 = await createGoal(a.id, 'COACH', 'BOTH');
  const g3 = await createGoal(b.id, 'COACH');
  const g4 = await createGoal(c.id, null);
  const go = await createGoal(outsider.id, 'MENTOR');
  const pair = (
    goal: { id: string; userId: string },
    supporterId: string,
    kind: 'MENTOR' | 'COACH',
  ) => ({
    goalId: goal.id,
    protegeId: goal.userId,
    supporterId,
    kind,
  });

  // R1 under way, last check-in 40 days ago: needs a look (no recent check-in).
  const r1 = await createRelationship(pair(g1, m.id, 'MENTOR'), {
    sentDaysAgo: 62,
    startedDaysAgo: 60,
    activeDaysAgo: 55,
    checkIns: [
      { daysAgo: 50, rating: 4 },
      { daysAgo: 40, rating: 5 },
    ],
  });
  // R2 under way, latest rating 2: needs a look (low rating).
  const r2 = await createRelationship(pair(g2, k.id, 'COACH'), {
    sentDaysAgo: 45.5,
    startedDaysAgo: 45,
    activeDaysAgo: 44,
    checkIns: [
      { daysAgo: 10, rating: 4 },
      { daysAgo: 3, rating: 2 },
    ],
  });
  // R3 in intro for 10 days without a check-in: too young to flag.
  await createRelationship(pair(g3, s.id, 'COACH'), { sentDaysAgo: 11.2, startedDaysAgo: 10 });
  // R4 ended in its intro by the protégé, with a note for the admin.
  const r4 = await createRelationship(pair(g4, m.id, 'MENTOR'), {
    sentDaysAgo: 27,
    startedDaysAgo: 20,
    ended: { daysAgo: 15, byId: c.id, note: 'We never found a time to meet.' },
  });
  // R5 ended after being under way, its last rating low: over, so not flagged.
  await createRelationship(pair(g4, s.id, 'COACH'), {
    sentDaysAgo: 110,
    startedDaysAgo: 90,
    activeDaysAgo: 85,
    ended: { daysAgo: 5, byId: s.id },
    checkIns: [{ daysAgo: 80, rating: 1 }],
  });
  // R6 under way for 100 days with a check-in 5 days ago: fine.
  await createRelationship(pair(g3, k.id, 'COACH'), {
    sentDaysAgo: 101.5,
    startedDaysAgo: 100,
    activeDaysAgo: 99,
    checkIns: [{ daysAgo: 5, rating: 3 }],
  });
  // The outsider's relationship with M: stale and badly rated, but not the program's.
  await createRelationship(pair(go, m.id, 'MENTOR'), {
    sentDaysAgo: 70,
    startedDaysAgo: 69,
    activeDaysAgo: 68,
    checkIns: [{ daysAgo: 60, rating: 1 }],
  });

  // Requests not accepted, and a matching run: one proposal published, two waiting, one rejected.
  await createRequest(pair(g1, s.id, 'MENTOR'), {
    sentDaysAgo: 30,
    status: 'DECLINED',
    answeredDaysAgo: 29,
  });
  await createRequest(pair(g3, m.id, 'MENTOR'), { sentDaysAgo: 2 });
  const run = await db.matchingRun.create({ data: { programId: program.id, status: 'DONE' } });
  const propose = (
    goal: { id: string; userId: string },
    supporterId: string,
    kind: 'MENTOR' | 'COACH',
    status: 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'PUBLISHED',
  ) =>
    db.proposal.create({
      data: {
        runId: run.id,
        ...pair(goal, supporterId, kind),
        score: 70,
        reasons: [],
        alternatives: [],
        status,
      },
    });
  const published = await propose(g1, k.id, 'COACH', 'PUBLISHED');
  await createRequest(pair(g1, k.id, 'COACH'), {
    sentDaysAgo: 1,
    programId: program.id,
    proposalId: published.id,
  });
  await propose(g2, m.id, 'MENTOR', 'PROPOSED');
  await propose(g3, m.id, 'MENTOR', 'APPROVED');
  await propose(g4, k.id, 'COACH', 'REJECTED');

  return { admin, program, a, c, k, m, r1, r2, r4 };
}
