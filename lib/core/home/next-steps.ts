/**
 * The home page's next steps, from what is true of the person now: what waits for them first,
 * then what would move their goals on. And the newcomer's checklist, until it is all done.
 */
export interface HomeFacts {
  hasProfile: boolean;
  offersHelp: boolean;
  careerSteps: number;
  goals: number;
  waitingForAnswer: number;
  askedSomeone: boolean;
  intros: number;
  underWay: number;
}

export interface Step {
  text: string;
  href: string;
  link: string;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export function nextSteps(facts: HomeFacts): Step[] {
  const steps: Step[] = [];
  if (facts.waitingForAnswer > 0)
    steps.push({
      text: `${facts.waitingForAnswer} ${plural(facts.waitingForAnswer, 'request waits', 'requests wait')} for your answer.`,
      href: '/requests',
      link: 'Answer them',
    });
  if (facts.intros > 0)
    steps.push({
      text: `${facts.intros} ${plural(facts.intros, 'introduction is', 'introductions are')} under way: meet, then say how it went.`,
      href: '/requests',
      link: 'Open your relationships',
    });
  if (!facts.hasProfile)
    steps.push({
      text: 'Write your profile: matching reads your role, level and languages.',
      href: '/profile/edit',
      link: 'Write your profile',
    });
  else if (facts.careerSteps === 0)
    steps.push({
      text: 'Add the career steps you have lived, so people who want to make the same move can find you.',
      href: '/profile',
      link: 'Add a career step',
    });
  if (facts.goals === 0)
    steps.push({
      text: 'Write a goal: we say whether it calls for a mentor or a coach, and who could help.',
      href: '/goals/new',
      link: 'Add a goal',
    });
  else if (!facts.askedSomeone && facts.underWay === 0)
    steps.push({
      text: 'Your goals have suggestions waiting: ask someone who fits.',
      href: '/goals',
      link: 'See your suggestions',
    });
  if (facts.hasProfile && facts.offersHelp)
    steps.push({
      text: 'Someone may need what you have lived.',
      href: '/help',
      link: 'See goals you could help with',
    });
  return steps;
}

export interface ChecklistItem {
  text: string;
  done: boolean;
}

/** The newcomer's four steps; null once every one is done. */
export function newcomerChecklist(facts: HomeFacts): ChecklistItem[] | null {
  const items = [
    { text: 'Write your profile', done: facts.hasProfile },
    { text: 'Add a career step you have lived', done: facts.careerSteps > 0 },
    { text: 'Write a goal', done: facts.goals > 0 },
    { text: 'Ask a suggested mentor or coach', done: facts.askedSomeone || facts.underWay > 0 },
  ];
  return items.every((item) => item.done) ? null : items;
}
