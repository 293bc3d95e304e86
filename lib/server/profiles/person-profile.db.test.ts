import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { createTestProfile } from '@/scripts/support/people';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { acceptRequest } from '../connections/accept';
import { blockPerson, dontSuggestAgain } from '../connections/privacy';
import { declineRequest, sendOffer, sendRequest } from '../connections/requests';
import { db } from '../db';
import { suggestionsForGoal } from '../suggestions/goal-suggestions';
import { findPersonProfile } from './person-profile';

const EVERYONE = 1_000_000;

async function mentorWithPastEmployer(hidden: boolean) {
  const mentor = await createSupporter(2, 'MENTORING');
  await db.profile.update({
    where: { userId: mentor.id },
    data: { hidePastEmployers: hidden },
  });
  await db.experience.create({
    data: {
      userId: mentor.id,
      title: 'Head of Finance',
      level: 6,
      organisation: 'Fabrikam Secret Holdings',
      country: 'FR',
      kind: 'PROMOTION',
      startYear: 2015,
      endYear: 2019,
    },
  });
  return mentor;
}

async function mentoringGoal() {
  const protege = await createProtege();
  await db.goal.update({
    where: { id: protege.goal.id },
    data: { triageKind: 'MENTOR', targetTitle: 'Head of Finance', targetLevel: 6 },
  });
  return protege;
}

describe('a person’s profile page', () => {
  it('shows a mentor who could be suggested, and leaves out past employers they hide', async () => {
    const viewer = await createProtege();
    const open = await mentorWithPastEmployer(false);
    const discreet = await mentorWithPastEmployer(true);
    const seen = await findPersonProfile({ actor: viewer.actor, userId: open.id });
    expect(seen?.experiences.map((step) => step.organisation)).toEqual([
      'Fabrikam Secret Holdings',
    ]);
    expect(seen?.hasRoom).toBe(true);
    const hidden = await findPersonProfile({ actor: viewer.actor, userId: discreet.id });
    expect(hidden?.experiences).toHaveLength(1);
    expect(hidden?.experiences[0]?.title).toBe('Head of Finance');
    expect(JSON.stringify(hidden)).not.toContain('Fabrikam Secret Holdings');
  });

  it('leaves past employers they hide out of suggestion reasons too', async () => {
    const protege = await mentoringGoal();
    const discreet = await mentorWithPastEmployer(true);
    const { lists } = await suggestionsForGoal({
      actor: protege.actor,
      goalId: protege.goal.id,
      top: EVERYONE,
    });
    const card = lists.flatMap((l) => l.candidates).find((c) => c.personId === discreet.id);
    expect(card).toBeDefined();
    expect(JSON.stringify(card)).not.toContain('Fabrikam Secret Holdings');
  });

  it('is not found for someone who asked to stay out of suggestions, nor in suggestions', async () => {
    const protege = await mentoringGoal();
    const quiet = await mentorWithPastEmployer(false);
    await db.profile.update({ where: { userId: quiet.id }, data: { hideFromSuggestions: true } });
    expect(await findPersonProfile({ actor: protege.actor, userId: quiet.id })).toBeNull();
    const { lists } = await suggestionsForGoal({
      actor: protege.actor,
      goalId: protege.goal.id,
      top: EVERYONE,
    });
    expect(lists.flatMap((l) => l.candidates.map((c) => c.personId))).not.toContain(quiet.id);
    // Someone they are talking to still can: they asked them, so the protégé is known to them.
    await db.profile.update({ where: { userId: quiet.id }, data: { hideFromSuggestions: false } });
    await sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: quiet.id, kind: 'MENTOR', note: NOTE },
    });
    await db.profile.update({ where: { userId: quiet.id }, data: { hideFromSuggestions: true } });
    expect(await findPersonProfile({ actor: protege.actor, userId: quiet.id })).not.toBeNull();
    expect(await findPersonProfile({ actor: quiet, userId: protege.actor.id })).not.toBeNull();
  });

  it('is not found for someone who blocked you, read the same as someone not there', async () => {
    const viewer = await createProtege();
    const mentor = await createSupporter(2, 'MENTORING');
    expect(await findPersonProfile({ actor: viewer.actor, userId: mentor.id })).not.toBeNull();
    await blockPerson({ actor: mentor, input: { personId: viewer.actor.id } });
    expect(await findPersonProfile({ actor: viewer.actor, userId: mentor.id })).toBeNull();
    expect(await findPersonProfile({ actor: viewer.actor, userId: 'no-such-person' })).toBeNull();
  });

  it('is not found for someone who asked not to be suggested you again', async () => {
    const viewer = await createProtege();
    const mentor = await createSupporter(2, 'MENTORING');
    await dontSuggestAgain({ actor: mentor, input: { personId: viewer.actor.id } });
    expect(await findPersonProfile({ actor: viewer.actor, userId: mentor.id })).toBeNull();
  });

  it('is not found for a protégé you do not know, and only during their request', async () => {
    const protege = await createProtege();
    const stranger = await createActor();
    await createTestProfile(db, stranger.id);
    expect(await findPersonProfile({ actor: stranger, userId: protege.actor.id })).toBeNull();
    const mentor = await createSupporter(2, 'MENTORING');
    const request = await sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    expect(await findPersonProfile({ actor: mentor, userId: protege.actor.id })).not.toBeNull();
    await declineRequest({ actor: mentor, input: { requestId: request.id } });
    expect(await findPersonProfile({ actor: mentor, userId: protege.actor.id })).toBeNull();
  });

  it('keeps a protégé unnamed to a mentor who only offered, until the offer is accepted', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter(2, 'MENTORING');
    const offer = await sendOffer({
      actor: mentor,
      input: { goalId: protege.goal.id, kind: 'MENTOR', note: NOTE },
    });
    expect(await findPersonProfile({ actor: mentor, userId: protege.actor.id })).toBeNull();
    await acceptRequest({ actor: protege.actor, input: { requestId: offer.id } });
    expect(await findPersonProfile({ actor: mentor, userId: protege.actor.id })).not.toBeNull();
  });
});
