import 'server-only';
/**
 * A relationship's guide as its two people see and change it. Either of the two may turn the
 * guides off or on; only the coach of a coaching relationship picks questions. Each query names
 * the caller in its `where`, so anyone else finds nothing ("not found"), and an ended
 * relationship is not changed.
 */
import { chooseGuide } from '@/lib/core/guides/choose-guide';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';
import { intentOf } from '../goals/intent';
import type { PickGuideQuestionsInput, SetGuidesOnInput } from '@/lib/validation/guides';

const partOf = (actor: Actor) => ({
  OR: [{ protegeId: actor.id }, { supporterId: actor.id }],
});

export async function setGuidesOn({ actor, input }: { actor: Actor; input: SetGuidesOnInput }) {
  const { count } = await db.relationship.updateMany({
    where: { id: input.relationshipId, state: { not: 'ENDED' }, ...partOf(actor) },
    data: { guidesOn: input.on },
  });
  if (count === 0) throw notFound('relationship');
  return { guidesOn: input.on };
}

export async function pickGuideQuestions({
  actor,
  input,
}: {
  actor: Actor;
  input: PickGuideQuestionsInput;
}) {
  const { count } = await db.relationship.updateMany({
    where: {
      id: input.relationshipId,
      kind: 'COACH',
      supporterId: actor.id,
      state: { not: 'ENDED' },
    },
    data: { guideQuestionIds: input.questionIds },
  });
  if (count === 0) throw notFound('relationship');
  return { picked: input.questionIds.length };
}

/** A meeting of the relationship whose time has passed: after one, the first-meeting guide gives way. */
export const pastMeetingWhere = (relationshipId: string, now: Date) => ({
  relationshipId,
  status: 'SCHEDULED' as const,
  startsAt: { lt: now },
});

/** The guide for the relationship page, or null for someone not one of the two. */
export async function findRelationshipGuide({
  actor,
  relationshipId,
  now = new Date(),
}: {
  actor: Actor;
  relationshipId: string;
  now?: Date;
}) {
  const relationship = await db.relationship.findFirst({
    where: { id: relationshipId, ...partOf(actor) },
    select: {
      kind: true,
      guidesOn: true,
      guideQuestionIds: true,
      supporterId: true,
      goal: {
        select: {
          statement: true,
          targetTitle: true,
          targetLevel: true,
          needs: true,
          intentCorrection: true,
        },
      },
    },
  });
  if (!relationship) return null;
  // The areas are read from the goal's words and checklist; the standing only shapes the
  // target role, which the guide does not use.
  const areas =
    relationship.kind === 'MENTOR'
      ? []
      : intentOf(relationship.goal, { title: '', level: 3, function: '' }).coachingAreas;
  return {
    guide: chooseGuide(relationship.kind, areas),
    guidesOn: relationship.guidesOn,
    pickedQuestionIds: relationship.guideQuestionIds,
    isCoach: relationship.kind !== 'MENTOR' && relationship.supporterId === actor.id,
    beforeFirstMeeting:
      (await db.meeting.count({ where: pastMeetingWhere(relationshipId, now) })) === 0,
  };
}
