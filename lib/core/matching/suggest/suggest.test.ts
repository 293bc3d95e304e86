import { describe, expect, it } from 'vitest';
import { fitContext, prepareFile } from '@/lib/core/matching/fit';
import {
  makeGoal,
  makePerson,
  makeStep,
  makeSupporter,
  REFERENCE_DATE,
} from '@/test/matching/fit-factories';
import type { FileGoal, FilePerson } from '@/lib/core/matching/people-file';
import { demandPenalty, demandReason } from './demand';
import { suggest } from './index';

const run = (people: FilePerson[], goals: FileGoal[], top?: number) =>
  suggest(prepareFile({ people, goals }, REFERENCE_DATE), fitContext(), top);

const coachOffer = (capacity: number) => ({
  mentoring: false,
  coaching: true,
  capacity,
  coachingAreas: ['presentation' as const],
});

describe('suggestions', () => {
  it('gives a "both" goal a mentor list and a coach list, each of the right people', () => {
    const protege = makePerson();
    const mentor = makeSupporter({
      offers: { mentoring: true, coaching: false, capacity: 2, coachingAreas: [] },
    });
    const coach = makeSupporter({ offers: coachOffer(2) });
    const goal = makeGoal(protege.id, {
      kind: 'both',
      text: 'I want to become a finance director and present my plans with more confidence.',
      needs: ['presentation'],
    });
    const lists = run([protege, mentor, coach], [goal]);
    expect(lists.map((list) => list.kind)).toEqual(['mentor', 'coach']);
    expect(lists[0]?.candidates.map((c) => c.personId)).toEqual([mentor.id]);
    expect(lists[1]?.candidates.map((c) => c.personId)).toEqual([coach.id]);
  });

  it('follows the triage when the goal names no kind', () => {
    const protege = makePerson();
    const goal = makeGoal(protege.id, {
      text: 'I want to get better at presenting and handling conflict in meetings.',
    });
    expect(run([protege, makeSupporter()], [goal]).map((list) => list.kind)).toEqual(['coach']);
  });

  it('returns at most k candidates, best first, leaving out those never proposed', () => {
    const boss = makeSupporter();
    const protege = makePerson({ managerId: boss.id });
    const others = Array.from({ length: 8 }, () => makeSupporter());
    const goal = makeGoal(protege.id, { kind: 'mentor' });
    const [list] = run([boss, protege, ...others], [goal], 3);
    expect(list?.candidates).toHaveLength(3);
    expect(list?.candidates.map((c) => c.personId)).not.toContain(boss.id);
    const scores = list?.candidates.map((c) => c.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const candidate of list?.candidates ?? [])
      expect(candidate.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(candidate.score);
  });

  it('does not put a popular supporter with little room at the top of every list', () => {
    // Everyone wants presenting; the star coaches it, has the right background and one free place.
    const star = makeSupporter({
      function: 'Sales',
      organization: 'Star Co',
      bio: 'Presenting to boards and pitching deals.',
      offers: coachOffer(1),
    });
    const others = Array.from({ length: 5 }, (_, index) =>
      makeSupporter({
        function: `Function ${index}`,
        organization: `Org ${index}`,
        bio: 'Presenting with confidence.',
        offers: coachOffer(3),
      }),
    );
    const proteges = Array.from({ length: 8 }, () => makePerson());
    const goals = proteges.map((p) =>
      makeGoal(p.id, { kind: 'coach', text: 'Presenting to boards and pitching deals scares me.' }),
    );
    const lists = run([star, ...others, ...proteges], goals, 3);
    // The star is everyone's best fit, so only demand can move them down.
    const alone = run([star, ...others, ...proteges.slice(0, 1)], goals.slice(0, 1), 3);
    expect(alone[0]?.candidates[0]?.personId).toBe(star.id);
    const firsts = lists.map((list) => list.candidates[0]?.personId);
    // Without demand the star leads every list; with it, others lead most of them.
    // They keep first place where they have room (one goal) and give way elsewhere.
    expect(firsts.filter((id) => id === star.id)).toHaveLength(1);
    const kept = lists.find((list) => list.candidates[0]?.personId === star.id)?.candidates[0];
    expect(kept?.reasons.find((r) => r.code === 'in-demand')?.points).toBe(0);
    const lowered = lists
      .flatMap((list) => list.candidates)
      .filter((c) => c.personId === star.id && c !== kept);
    for (const entry of lowered)
      expect(entry.reasons.find((r) => r.code === 'in-demand')?.points).toBeLessThan(0);
  });

  it('lowers a supporter whose room is taken by open requests from elsewhere, one goal at a time', () => {
    const star = makeSupporter({
      function: 'Sales',
      bio: 'Presenting to boards and pitching deals.',
      offers: coachOffer(1),
    });
    const other = makeSupporter({
      function: 'Marketing',
      bio: 'Presenting.',
      offers: coachOffer(3),
    });
    const protege = makePerson();
    const goal = makeGoal(protege.id, {
      kind: 'coach',
      text: 'Presenting to boards and pitching deals scares me.',
    });
    const prepared = prepareFile({ people: [star, other, protege], goals: [goal] }, REFERENCE_DATE);
    const firstOf = (asked: Map<string, number>) =>
      suggest(prepared, fitContext(), 2, asked)[0]?.candidates[0]?.personId;
    expect(firstOf(new Map())).toBe(star.id);
    // Three people already wait on the star's one place: the list leads with someone free.
    expect(firstOf(new Map([[star.id, 3]]))).toBe(other.id);
  });

  it('says a supporter was placed lower even when their band left no points to take', () => {
    expect(demandReason(3, 1, 0, true)).toMatchObject({ points: 0 });
    expect(demandReason(3, 1, 0, true).text).toContain('placed lower here');
    expect(demandReason(3, 1, 0).text).toContain('they keep their place');
  });

  it('leaves a supporter who has room for their demand in place', () => {
    expect(demandPenalty(3, 3)).toBe(0);
    expect(demandPenalty(6, 3)).toBe(100);
    expect(demandPenalty(1000, 1)).toBe(250);
    expect(demandPenalty(2, 0)).toBe(100);
  });

  it('is deterministic across runs', () => {
    const proteges = Array.from({ length: 3 }, () => makePerson());
    const supporters = Array.from({ length: 4 }, (_, i) =>
      makeSupporter({ experiences: [makeStep({ years: `${2000 + i}-` })] }),
    );
    const goals = proteges.map((p) => makeGoal(p.id, { kind: 'both' }));
    expect(run([...proteges, ...supporters], goals)).toEqual(
      run([...proteges, ...supporters], goals),
    );
  });
});
