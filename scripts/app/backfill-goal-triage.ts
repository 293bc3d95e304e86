/**
 * Gives a triage to every goal that has none: goals written before the triage existed, and
 * the demo people's goals, which the loader stores as people wrote them. Runs at start-up,
 * in batches, each batch one UPDATE.
 */
import { triageStoredGoal } from '@/lib/core/goals/goal-triage';
import { createPrismaClient } from '@/lib/node/prisma-client';

const BATCH = 2000;

export async function backfillGoalTriage(databaseUrl: string): Promise<number> {
  const prisma = createPrismaClient(databaseUrl);
  let done = 0;
  try {
    for (;;) {
      const goals = await prisma.goal.findMany({
        where: { triageKind: null },
        select: { id: true, statement: true, clarity: true, needs: true },
        take: BATCH,
      });
      if (goals.length === 0) return done;
      const rows = goals.map((goal) => {
        const triage = triageStoredGoal(goal);
        return {
          id: goal.id,
          kind: triage.triageKind,
          confidence: triage.triageConfidence,
          reasons: triage.triageReasons,
        };
      });
      await prisma.$executeRaw`
        UPDATE "Goal" AS g
        SET "triageKind" = r.kind::"HelpKind", "triageConfidence" = r.confidence, "triageReasons" = r.reasons
        FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id text, kind text, confidence float8, reasons jsonb)
        WHERE g.id = r.id`;
      done += goals.length;
    }
  } finally {
    await prisma.$disconnect();
  }
}
