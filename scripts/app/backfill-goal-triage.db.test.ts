import { describe, expect, it } from 'vitest';
import { triageStoredGoal } from '@/lib/core/goals/goal-triage';
import { createPrismaClient } from '@/lib/node/prisma-client';
import { createTestGoal, createTestUser } from '@/scripts/support/people';
import { backfillGoalTriage } from './backfill-goal-triage';

const url = process.env.DATABASE_URL!;

describe('backfillGoalTriage', () => {
  it('gives every goal without a triage the one its words call for, and leaves the rest alone', async () => {
    const prisma = createPrismaClient(url);
    try {
      const person = await createTestUser(prisma);
      const cfo = await createTestGoal(
        prisma,
        person.id,
        'I want to become CFO and learn how others made that step.',
      );
      const talk = await createTestGoal(
        prisma,
        person.id,
        'Help me get better at presenting in meetings.',
      );
      const settled = await prisma.goal.create({
        data: {
          userId: person.id,
          statement: 'Already triaged goal text.',
          needs: [],
          triageKind: 'BOTH',
          triageConfidence: 0.5,
          triageReasons: [],
        },
      });

      expect(await backfillGoalTriage(url)).toBe(2);
      const stored = await prisma.goal.findMany({
        where: { userId: person.id },
        orderBy: { createdAt: 'asc' },
      });
      const byId = new Map(stored.map((goal) => [goal.id, goal]));
      for (const goal of [cfo, talk]) {
        const expected = triageStoredGoal(goal);
        expect(byId.get(goal.id)).toMatchObject({
          triageKind: expected.triageKind,
          triageConfidence: expected.triageConfidence,
          triageReasons: expected.triageReasons,
        });
      }
      expect(byId.get(cfo.id)?.triageKind).toBe('MENTOR');
      expect(byId.get(talk.id)?.triageKind).toBe('COACH');
      expect(byId.get(settled.id)).toMatchObject({ triageKind: 'BOTH', triageReasons: [] });
      expect(await prisma.goal.count({ where: { triageKind: null } })).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
