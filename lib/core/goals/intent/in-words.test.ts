import { describe, expect, it } from 'vitest';
import { intentInWords } from './in-words';
import type { GoalIntent } from './types';

const engineer = { title: 'Senior Software Engineer', level: 4, function: 'Engineering' };
const none = { title: null, level: null, function: null };

describe('intentInWords', () => {
  it('says a step up', () => {
    const intent: GoalIntent = {
      targetRole: { title: 'Engineering Manager', level: 5, function: 'Engineering' },
      moves: ['step-up'],
      coachingAreas: [],
    };
    expect(intentInWords(intent, engineer)).toBe(
      'From Senior Software Engineer to Engineering Manager, a step up within Engineering.',
    );
  });

  it('says a function change, with the role when there is one', () => {
    const into = (title: string | null): GoalIntent => ({
      targetRole: { title, level: 3, function: 'Product' },
      moves: ['function-change'],
      coachingAreas: [],
    });
    expect(intentInWords(into(null), engineer)).toBe('From Engineering into Product.');
    expect(intentInWords(into('Product Manager'), engineer)).toBe(
      'From Engineering into Product, as a Product Manager.',
    );
  });

  it('says a senior move abroad', () => {
    const intent: GoalIntent = {
      targetRole: { title: 'VP of Engineering', level: 7, function: 'Engineering' },
      moves: ['step-up', 'country-move', 'senior-unwritten-rules'],
      coachingAreas: [],
    };
    expect(
      intentInWords(intent, { title: 'Engineering Manager', level: 5, function: 'Engineering' }),
    ).toBe(
      'From Engineering Manager to VP of Engineering, a step up within Engineering, in another country, at a level where the rules are often unwritten.',
    );
  });

  it('says a goal with no role yet', () => {
    expect(
      intentInWords({ targetRole: none, moves: [], coachingAreas: ['career-direction'] }, engineer),
    ).toBe('Working out your career direction; no particular role yet.');
    expect(
      intentInWords(
        { targetRole: none, moves: [], coachingAreas: ['presentation', 'feedback'] },
        engineer,
      ),
    ).toBe('No particular role in view. Help with presenting and making sense of feedback.');
  });

  it('says founding and a return after a break', () => {
    expect(
      intentInWords(
        {
          targetRole: { title: 'Founder', level: null, function: null },
          moves: ['founding'],
          coachingAreas: [],
        },
        engineer,
      ),
    ).toBe('Founding your own business.');
    const back: GoalIntent = {
      targetRole: { title: 'Team Lead', level: 4, function: 'Data' },
      moves: ['return-after-break', 'step-up'],
      coachingAreas: [],
    };
    expect(intentInWords(back, { title: 'Data Analyst', level: 3, function: 'Data' })).toBe(
      'Coming back after a career break: from Data Analyst to Team Lead, a step up within Data.',
    );
  });

  it('says a rank with no title', () => {
    const intent: GoalIntent = {
      targetRole: { title: null, level: 5, function: 'Nursing' },
      moves: ['step-up'],
      coachingAreas: [],
    };
    expect(intentInWords(intent, { title: 'Staff Nurse', level: 3, function: 'Nursing' })).toBe(
      'From Staff Nurse to a lead-level role, a step up within Nursing.',
    );
  });

  it('says a board seat and a move within a function', () => {
    const seat: GoalIntent = {
      targetRole: { title: 'Non-Executive Board Member', level: 8, function: 'General Management' },
      moves: ['senior-unwritten-rules'],
      coachingAreas: [],
    };
    expect(
      intentInWords(seat, { title: 'Marketing Director', level: 6, function: 'Marketing' }),
    ).toBe(
      'A board seat alongside your role as Marketing Director, at a level where the rules are often unwritten.',
    );
    const lateral: GoalIntent = {
      targetRole: { title: 'Backend Engineer', level: 3, function: 'Engineering' },
      moves: [],
      coachingAreas: [],
    };
    expect(
      intentInWords(lateral, {
        title: 'Frontend Developer (part-time)',
        level: 3,
        function: 'Engineering',
      }),
    ).toBe('From Frontend Developer to Backend Engineer, within Engineering.');
  });
});
