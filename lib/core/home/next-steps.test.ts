import { describe, expect, it } from 'vitest';
import { newcomerChecklist, nextSteps, type HomeFacts } from './next-steps';

const newcomer: HomeFacts = {
  hasProfile: false,
  offersHelp: false,
  careerSteps: 0,
  goals: 0,
  waitingForAnswer: 0,
  askedSomeone: false,
  intros: 0,
  underWay: 0,
};

describe('the home page’s next steps', () => {
  it('start a newcomer at the profile, then a goal, with a checklist of four', () => {
    expect(nextSteps(newcomer).map((step) => step.link)).toEqual([
      'Write your profile',
      'Add a goal',
    ]);
    expect(newcomerChecklist(newcomer)?.map((item) => item.done)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('put what waits for the person first, in plain counts', () => {
    const busy = {
      ...newcomer,
      hasProfile: true,
      offersHelp: true,
      careerSteps: 2,
      goals: 1,
      askedSomeone: true,
      waitingForAnswer: 2,
      intros: 1,
    };
    expect(nextSteps(busy).map((step) => step.text)).toEqual([
      '2 requests wait for your answer.',
      '1 introduction is under way: meet, then say how it went.',
      'Someone may need what you have lived.',
    ]);
    expect(newcomerChecklist(busy)).toBeNull();
  });
});
