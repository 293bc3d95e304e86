import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../connections/accept';
import { sendRequest } from '../connections/requests';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { createActor } from '@/scripts/support/actors';
import { homeFacts } from './home-facts';

describe('what the home page knows', () => {
  it('counts the requests waiting for each person’s own answer, and their relationships', async () => {
    const protege = await createProtege();
    const [mentor, coach] = [await createSupporter(), await createSupporter()];
    const ask = (personId: string, kind: 'MENTOR' | 'COACH') =>
      sendRequest({
        actor: protege.actor,
        input: { goalId: protege.goal.id, personId, kind, note: NOTE },
      });
    const first = await ask(mentor.id, 'MENTOR');
    await ask(coach.id, 'COACH');
    await acceptRequest({ actor: mentor, input: { requestId: first.id } });

    expect(await homeFacts({ actor: protege.actor })).toMatchObject({
      hasProfile: true,
      goals: 1,
      waitingForAnswer: 0,
      askedSomeone: true,
      intros: 1,
    });
    expect(await homeFacts({ actor: coach })).toMatchObject({ waitingForAnswer: 1, intros: 0 });
    expect(await homeFacts({ actor: mentor })).toMatchObject({ waitingForAnswer: 0, intros: 1 });
    expect(await homeFacts({ actor: await createActor() })).toMatchObject({
      hasProfile: false,
      goals: 0,
      waitingForAnswer: 0,
      intros: 0,
    });
  });
});
