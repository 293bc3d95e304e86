import { describe, expect, it } from 'vitest';
import similarity from 'wink-nlp/utilities/similarity';
import { fitFor, pointsFor } from '@/test/matching/fit-helpers';
import { makeGoal, makePerson, makeStep, makeSupporter } from '@/test/matching/fit-factories';
import { topicWords } from './text';
import { EMPTY_BAG, learnTopics, sharedStems, topicSimilarity } from './topics';

describe('topic fit', () => {
  it('matches word forms through stems ("negotiating" meets "negotiation")', () => {
    const index = learnTopics([
      topicWords('Negotiation and pricing for enterprise deals.').stems,
      topicWords('Gardening, baking and long walks.').stems,
    ]);
    const goal = index.bagOf(topicWords('I am negotiating prices with suppliers.').stems);
    expect(topicSimilarity(goal, index.bags[0] ?? EMPTY_BAG)).toBeGreaterThan(0);
    expect(topicSimilarity(goal, index.bags[1] ?? EMPTY_BAG)).toBe(0);
    // The same cosine as wink's own, which copies both bags on every call.
    const bio = index.bags[0] ?? EMPTY_BAG;
    expect(topicSimilarity(goal, bio)).toBeCloseTo(
      similarity.bow.cosine(goal.weights, bio.weights),
      6,
    );
    expect(sharedStems(goal, index.bags[0] ?? EMPTY_BAG, 3).length).toBeGreaterThan(0);
  });

  it('gives points when bio, skills or steps cover the goal, and names shared words', () => {
    const protege = makePerson();
    const related = makeSupporter({
      skills: ['treasury', 'cash management'],
      experiences: [makeStep({ description: 'Ran treasury operations.' })],
    });
    const unrelated = makeSupporter({ bio: 'I design retail store layouts.' });
    const goal = makeGoal(protege.id, {
      text: 'I want to move into treasury and cash management.',
    });
    const people = [protege, related, unrelated];
    const result = fitFor(people, goal, related.id, 'mentor');
    expect(pointsFor(result, 'shared-topics')).toBeGreaterThan(0);
    expect(
      result.eligible && result.reasons.find((r) => r.code === 'shared-topics')?.text,
    ).toContain('treasury');
    expect(pointsFor(fitFor(people, goal, unrelated.id, 'mentor'), 'few-shared-topics')).toBe(0);
  });

  it('copes with a file where no supporter has written anything', () => {
    const index = learnTopics([[], []]);
    expect(topicSimilarity(index.bagOf(['financ']), index.bags[0] ?? EMPTY_BAG)).toBe(0);
  });
});
