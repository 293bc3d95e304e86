import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../connections/accept';
import { blockPerson, dontSuggestAgain } from '../connections/privacy';
import { endRelationship } from '../connections/relationships';
import { sendRequest } from '../connections/requests';
import { sendMessage } from '../messages/send-message';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { ownData } from './own-data';

describe('a person’s own data', () => {
  it('holds what they wrote and did, and nothing private of anyone else', async () => {
    const person = await createProtege();
    const mentor = await createSupporter();
    const request = await sendRequest({
      actor: person.actor,
      input: { goalId: person.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    const { relationshipId } = await acceptRequest({
      actor: mentor,
      input: { requestId: request.id },
    });
    await sendMessage({
      actor: person.actor,
      input: { relationshipId: relationshipId!, text: 'Thank you for the time.' },
    });
    await endRelationship({
      actor: mentor,
      input: {
        relationshipId: relationshipId!,
        note: 'For the admin only.',
        dontSuggestAgain: true,
      },
    });
    const blocker = await createSupporter();
    await blockPerson({ actor: blocker, input: { personId: person.actor.id } });
    const other = await createSupporter();
    await dontSuggestAgain({ actor: person.actor, input: { personId: other.id } });

    const data = await ownData({ actor: person.actor });
    expect(data.account).toMatchObject({ email: person.actor.email });
    expect(data.account.goals.map((goal) => goal.statement)).toEqual([person.goal.statement]);
    expect(data.requests).toEqual([expect.objectContaining({ note: NOTE, status: 'ACCEPTED' })]);
    expect(data.relationships).toEqual([expect.objectContaining({ state: 'ENDED' })]);
    expect(data.relationships[0]?.messages).toEqual([
      expect.objectContaining({ authorId: person.actor.id, text: 'Thank you for the time.' }),
    ]);
    expect(data.privacy.notSuggested).toEqual([
      expect.objectContaining({ other: { name: other.name } }),
    ]);
    const text = JSON.stringify(data);
    // The mentor's end note and "don't suggest again", and the block, are theirs alone.
    expect(text).not.toContain('For the admin only.');
    expect(text).not.toContain(blocker.name);
    expect(text).not.toContain('passwordHash');
    expect(data.privacy.blocked).toEqual([]);
  });
});
