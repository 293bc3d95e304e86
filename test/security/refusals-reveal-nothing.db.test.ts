/**
 * Attack: asking a mentoring-only supporter for coaching answered "does not offer coaching",
 * but "not found" once that person had blocked the asker: the difference told the asker about
 * the block. Every refusal that depends on the other person now reads the same.
 */
import { describe, expect, it } from 'vitest';
import { blockPerson, dontSuggestAgain } from '@/lib/server/connections/privacy';
import { sendRequest } from '@/lib/server/connections/requests';
import { createProtege, createSupporter, NOTE } from '../db/connections';
import { outcomeOf } from './refusal';

type Protege = Awaited<ReturnType<typeof createProtege>>;

const ask = (protege: Protege, personId: string, kind: 'MENTOR' | 'COACH') =>
  outcomeOf(
    sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId, kind, note: NOTE },
    }),
  );

describe('refusals when asking someone for help', () => {
  it('read alike for does-not-offer, blocked, "don’t suggest again" and no such person', async () => {
    const protege = await createProtege();
    const mentorOnly = await createSupporter(2, 'MENTORING');
    const doesNotOffer = await ask(protege, mentorOnly.id, 'COACH');
    expect(doesNotOffer).not.toBe('done');

    const blocker = await createSupporter(2, 'MENTORING');
    await blockPerson({ actor: blocker, input: { personId: protege.actor.id } });
    const excluder = await createSupporter(2, 'MENTORING');
    await dontSuggestAgain({ actor: excluder, input: { personId: protege.actor.id } });

    expect(await ask(protege, blocker.id, 'COACH')).toEqual(doesNotOffer);
    expect(await ask(protege, excluder.id, 'COACH')).toEqual(doesNotOffer);
    expect(await ask(protege, 'c000000000000000000000000', 'COACH')).toEqual(doesNotOffer);
    // Asked for what they do offer, a block still reads as a plain no, the same no.
    const mentoringNo = await ask(protege, blocker.id, 'MENTOR');
    expect(await ask(protege, excluder.id, 'MENTOR')).toEqual(mentoringNo);
    expect(await ask(protege, 'c000000000000000000000000', 'MENTOR')).toEqual(mentoringNo);
  });
});
