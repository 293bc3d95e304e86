import { describe, expect, it } from 'vitest';
import { COACHING_AREAS, COACHING_SETS } from './coaching';
import { chooseGuide, pickedQuestions } from './choose-guide';
import { meetingGuide, meetingGuideText } from './meeting-guide';
import { MENTORING_GUIDE } from './mentoring';

const allQuestions = [
  ...MENTORING_GUIDE.firstMeeting,
  ...MENTORING_GUIDE.later,
  ...COACHING_AREAS.flatMap((area) => COACHING_SETS[area].questions),
];

describe('guide content', () => {
  it('has a question set for every coaching area', () => {
    for (const area of [
      'presentation',
      'conflict',
      'project-management',
      'career-direction',
      'motivation',
      'interpersonal',
      'feedback',
    ] as const) {
      expect(COACHING_AREAS).toContain(area);
      expect(COACHING_SETS[area].area).toBe(area);
      expect(COACHING_SETS[area].questions.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('repeats no question and no id', () => {
    const ids = allQuestions.map((q) => q.id);
    const texts = allQuestions.map((q) => q.text.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('asks coaching questions rather than giving advice', () => {
    for (const area of COACHING_AREAS)
      for (const question of COACHING_SETS[area].questions)
        expect(question.text, question.id).toMatch(/\?$/);
  });
});

describe('chooseGuide', () => {
  it('gives a mentor the mentoring guide, whatever the areas', () => {
    expect(chooseGuide('MENTOR', ['conflict'])).toBe(MENTORING_GUIDE);
  });

  it('gives a coach the sets of the goal areas, in the guide order', () => {
    const guide = chooseGuide('COACH', ['feedback', 'presentation', 'senior-role']);
    expect(guide.kind).toBe('coaching');
    if (guide.kind !== 'coaching') return;
    expect(guide.sets.map((set) => set.area)).toEqual(['presentation', 'feedback']);
  });

  it('starts a coach on career direction when the goal names no area', () => {
    const guide = chooseGuide('COACH', []);
    expect(guide.kind === 'coaching' && guide.sets.map((set) => set.area)).toEqual([
      'career-direction',
    ]);
  });

  it('reads a pick back in its order, dropping ids no longer in the guide', () => {
    expect(pickedQuestions(['c-fb-true', 'gone', 'c-pres-best']).map((q) => q.id)).toEqual([
      'c-fb-true',
      'c-pres-best',
    ]);
  });
});

describe('meetingGuide', () => {
  const base = { guidesOn: true, beforeFirstMeeting: true, pickedQuestionIds: [] };
  it('sends the first-meeting guide before the first meeting, later prompts after', () => {
    expect(meetingGuide({ ...base, kind: 'MENTOR' })?.questions).toBe(MENTORING_GUIDE.firstMeeting);
    expect(meetingGuide({ ...base, kind: 'MENTOR', beforeFirstMeeting: false })?.questions).toBe(
      MENTORING_GUIDE.later,
    );
  });

  it('sends the coach picks, and nothing when none or when guides are off', () => {
    const picked = meetingGuide({ ...base, kind: 'COACH', pickedQuestionIds: ['c-conf-part'] });
    expect(meetingGuideText(picked)).toContain('Which part of it is yours to change?');
    expect(meetingGuide({ ...base, kind: 'COACH' })).toBeNull();
    expect(meetingGuide({ ...base, kind: 'MENTOR', guidesOn: false })).toBeNull();
    expect(meetingGuideText(null)).toBe('');
  });
});
