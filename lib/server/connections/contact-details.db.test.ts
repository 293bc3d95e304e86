import { describe, expect, it } from 'vitest';
import { startLiveRelationship } from '@/test/db/live-relationship';
import { findContactDetails } from './contact-details';
import { endRelationship } from './relationships';

describe('contact details', () => {
  it('each of the two sees the other’s e-mail and context while the relationship is live', async () => {
    const { protege, mentor, relationshipId } = await startLiveRelationship();
    const seenByProtege = await findContactDetails({ actor: protege, relationshipId });
    expect(seenByProtege).toMatchObject({
      email: mentor.email,
      profile: { jobTitle: 'Director', timezone: 'America/New_York' },
    });
    const seenByMentor = await findContactDetails({ actor: mentor, relationshipId });
    expect(seenByMentor?.email).toBe(protege.email);
  });

  it('shows nothing to anyone else, nor to either once it has ended', async () => {
    const { protege, mentor, stranger, relationshipId } = await startLiveRelationship();
    expect(await findContactDetails({ actor: stranger, relationshipId })).toBeNull();
    await endRelationship({ actor: mentor, input: { relationshipId, dontSuggestAgain: false } });
    expect(await findContactDetails({ actor: protege, relationshipId })).toBeNull();
    expect(await findContactDetails({ actor: mentor, relationshipId })).toBeNull();
  });
});
