import { describe, expect, it } from 'vitest';
import { readGoalIntent } from './read-intent';
import type { IntentInput } from './types';

const engineer = {
  currentTitle: 'Senior Software Engineer',
  currentLevel: 4,
  currentFunction: 'Engineering',
};
const engineeringManager = {
  currentTitle: 'Engineering Manager',
  currentLevel: 5,
  currentFunction: 'Engineering',
};

const read = (goal: string, standing: Omit<IntentInput, 'goal'>) =>
  readGoalIntent({ goal, ...standing });

describe('readGoalIntent: step-ups', () => {
  it('reads "from senior engineer to manager" as a step up within Engineering', () => {
    const intent = read('From senior engineer to manager', engineer);
    expect(intent.targetRole).toEqual({
      title: 'Engineering Manager',
      level: 5,
      function: 'Engineering',
    });
    expect(intent.moves).toEqual(['step-up']);
  });

  it('reads "EM -> VP" as a step up with the unwritten rules of senior roles', () => {
    const intent = read('EM -> VP', engineeringManager);
    expect(intent.targetRole).toEqual({
      title: 'VP of Engineering',
      level: 7,
      function: 'Engineering',
    });
    expect(intent.moves).toEqual(['step-up', 'senior-unwritten-rules']);
  });

  it('fills a bare rank with the person’s own function', () => {
    const intent = read(
      'Ready to make the jump to VP in the next couple of years.',
      engineeringManager,
    );
    expect(intent.targetRole).toEqual({
      title: 'VP of Engineering',
      level: 7,
      function: 'Engineering',
    });
  });

  it('reads a level named on its own', () => {
    const pm = {
      currentTitle: 'Senior Product Manager',
      currentLevel: 4,
      currentFunction: 'Product',
    };
    expect(read("I'd like to step up to director level soon.", pm).targetRole).toEqual({
      title: 'Director of Product',
      level: 6,
      function: 'Product',
    });
    const analyst = { currentTitle: 'Data Analyst', currentLevel: 3, currentFunction: 'Data' };
    const senior = read('Hoping to get promoted to senior level by the spring.', analyst);
    expect(senior.targetRole).toEqual({ title: 'Senior Data Analyst', level: 4, function: 'Data' });
    expect(senior.moves).toEqual(['step-up']);
  });

  it('reads "make partner" in the person’s own function', () => {
    const consultant = {
      currentTitle: 'Senior Consultant',
      currentLevel: 4,
      currentFunction: 'Consulting',
    };
    const intent = read('Aiming to make partner at the consultancy.', consultant);
    expect(intent.targetRole).toEqual({ title: 'Partner', level: 7, function: 'Consulting' });
    expect(intent.moves).toEqual(['step-up', 'senior-unwritten-rules']);
  });

  it('reads "get to ward manager" as nursing’s ward manager', () => {
    const nurse = { currentTitle: 'Staff Nurse', currentLevel: 3, currentFunction: 'Nursing' };
    const intent = read('My goal is to get to ward manager.', nurse);
    expect(intent.targetRole).toEqual({ title: 'Ward Manager', level: 5, function: 'Nursing' });
    expect(intent.moves).toEqual(['step-up']);
  });

  it('counts a first people-lead role as a step up at the same level', () => {
    const designer = {
      currentTitle: 'Senior Designer',
      currentLevel: 4,
      currentFunction: 'Design',
    };
    const intent = read('Looking for my first people-lead role.', designer);
    expect(intent.targetRole).toMatchObject({ level: 4, function: 'Design' });
    expect(intent.moves).toEqual(['step-up']);
  });

  it('takes the last rung of a ladder', () => {
    const commis = { currentTitle: 'Commis Chef', currentLevel: 1, currentFunction: 'Hospitality' };
    const intent = read('Become a sous chef and then a head chef.', commis);
    expect(intent.targetRole).toEqual({ title: 'Head Chef', level: 5, function: 'Hospitality' });
  });

  it('reads a department head however it is written', () => {
    const manager = {
      currentTitle: 'Marketing Manager',
      currentLevel: 5,
      currentFunction: 'Marketing',
    };
    for (const goal of [
      'I want to become head of marketing.',
      'Marketing director is where I want to be.',
    ]) {
      expect(read(goal, manager).targetRole).toEqual({
        title: 'Director of Marketing',
        level: 6,
        function: 'Marketing',
      });
    }
  });

  it('reads the role of running a unit', () => {
    const analyst = {
      currentTitle: 'Senior Data Analyst',
      currentLevel: 4,
      currentFunction: 'Data',
    };
    const intent = read(
      'I never want to leave data, but I would like to lead the analytics team.',
      analyst,
    );
    expect(intent.targetRole).toEqual({ title: 'Analytics Manager', level: 5, function: 'Data' });
    expect(intent.moves).toEqual(['step-up']);
  });

  it('reads a promotion with no title as the next level up', () => {
    const accountant = { currentTitle: 'Accountant', currentLevel: 3, currentFunction: 'Finance' };
    const intent = read('I want to get promoted this year.', accountant);
    expect(intent.targetRole).toEqual({ title: null, level: 4, function: 'Finance' });
    expect(intent.moves).toEqual(['step-up']);
  });
});

describe('readGoalIntent: function changes', () => {
  it('reads a move into another function, never also as a step up', () => {
    const intent = read('I want to move into product management from engineering.', engineer);
    expect(intent.targetRole).toMatchObject({ title: 'Product Manager', function: 'Product' });
    expect(intent.moves).toEqual(['function-change']);
  });

  it('reads a destination given as a discipline', () => {
    const accountant = { currentTitle: 'Accountant', currentLevel: 3, currentFunction: 'Finance' };
    const intent = read('From accounting into data science.', accountant);
    expect(intent.targetRole).toEqual({ title: 'Data Scientist', level: 3, function: 'Data' });
    expect(intent.moves).toEqual(['function-change']);
  });

  it('compares functions by their canonical names', () => {
    const rep = { currentTitle: 'Sales Representative', currentLevel: 3, currentFunction: 'Sales' };
    expect(read('I would like to become a recruiter.', rep).targetRole.function).toBe('People');
    const hr = { currentTitle: 'HR Manager', currentLevel: 5, currentFunction: 'HR' };
    expect(read('Head of People next.', hr).moves).toEqual(['step-up', 'senior-unwritten-rules']);
  });

  it('gives no function change when the destination names no function', () => {
    const banker = { currentTitle: 'Analyst', currentLevel: 3, currentFunction: 'Finance' };
    const intent = read(
      'I want to get out of finance and into something in tech, not sure what.',
      banker,
    );
    expect(intent.moves).toEqual([]);
    expect(intent.coachingAreas).toContain('career-direction');
  });

  it('keeps a new specialism inside one function as no move', () => {
    const frontend = {
      currentTitle: 'Frontend Developer',
      currentLevel: 3,
      currentFunction: 'Engineering',
    };
    const intent = read('Switch from frontend work to backend development.', frontend);
    expect(intent.targetRole).toEqual({
      title: 'Backend Engineer',
      level: 3,
      function: 'Engineering',
    });
    expect(intent.moves).toEqual([]);
  });
});

describe('readGoalIntent: negations', () => {
  it('skips a role the goal rules out', () => {
    const intent = read(
      "I don't want to manage people; I want to become a principal engineer.",
      engineer,
    );
    expect(intent.targetRole).toEqual({
      title: 'Principal Engineer',
      level: 5,
      function: 'Engineering',
    });
    expect(intent.moves).toEqual(['step-up']);
  });

  it('does not count a move abroad the goal rules out', () => {
    const sales = { currentTitle: 'Sales Manager', currentLevel: 5, currentFunction: 'Sales' };
    const intent = read('Not moving abroad, but I do want to become head of sales.', sales);
    expect(intent.moves).toEqual(['step-up', 'senior-unwritten-rules']);
  });

  it('reads a goal that rules out management as a skill goal', () => {
    const intent = read(
      "I'm not interested in becoming a manager. I need to get better at public speaking.",
      engineer,
    );
    expect(intent.targetRole).toEqual({ title: null, level: null, function: null });
    expect(intent.moves).toEqual([]);
    expect(intent.coachingAreas).toEqual(['presentation']);
  });
});

describe('readGoalIntent: typed fields', () => {
  it('lets a typed title outrank the words', () => {
    const intent = readGoalIntent({
      goal: 'Become VP of Engineering.',
      ...engineeringManager,
      targetTitle: 'CTO',
    });
    expect(intent.targetRole).toEqual({
      title: 'Chief Technology Officer',
      level: 8,
      function: 'Engineering',
    });
  });

  it('lets a typed level outrank the words', () => {
    const intent = readGoalIntent({
      goal: 'Become a director.',
      ...engineeringManager,
      targetLevel: 7,
    });
    expect(intent.targetRole.level).toBe(7);
    expect(intent.moves).toContain('senior-unwritten-rules');
  });

  it('reads a typed title when the words name none', () => {
    const pm = {
      currentTitle: 'Senior Product Manager',
      currentLevel: 4,
      currentFunction: 'Product',
    };
    const intent = readGoalIntent({ goal: 'Keep growing.', ...pm, targetTitle: 'Head of Product' });
    expect(intent.targetRole).toEqual({
      title: 'Director of Product',
      level: 6,
      function: 'Product',
    });
    expect(intent.moves).toEqual(['step-up', 'senior-unwritten-rules']);
  });
});

describe('readGoalIntent: other moves', () => {
  it('reads founding a company, off the employer ladder', () => {
    const lawyer = { currentTitle: 'Senior Associate', currentLevel: 4, currentFunction: 'Legal' };
    const intent = read(
      'After twelve years in corporate law I intend to found a B2B startup',
      lawyer,
    );
    expect(intent.moves).toEqual(['founding']);
    expect(intent.targetRole.level).toBeNull();
  });

  it('reads going freelance as founding, and growing an own business as not', () => {
    const designer = { currentTitle: 'Designer', currentLevel: 3, currentFunction: 'Design' };
    expect(read('I want to go freelance within a year.', designer).moves).toContain('founding');
    expect(read('Planning to open my own design studio.', designer).moves).toContain('founding');
    const owner = { currentTitle: 'Agency Owner', currentLevel: 5, currentFunction: 'Marketing' };
    expect(read('I own a small agency and want to grow it.', owner).moves).not.toContain(
      'founding',
    );
  });

  it('reads a move to another country, the same role included', () => {
    const nurse = { currentTitle: 'Registered Nurse', currentLevel: 3, currentFunction: 'Nursing' };
    const intent = read('I want to move to Canada and keep working as a nurse.', nurse);
    expect(intent.moves).toEqual(['country-move']);
    expect(intent.targetRole).toMatchObject({ level: 3, function: 'Nursing' });
    expect(read('Relocating to Germany with my employer next year.', nurse).moves).toContain(
      'country-move',
    );
  });

  it('reads coming back after a break, but not still deciding whether to', () => {
    const marketer = {
      currentTitle: 'Marketing Manager (career break)',
      currentLevel: 5,
      currentFunction: 'Marketing',
    };
    const back = read(
      'After three years at home with my kids I want to come back as a marketing manager.',
      marketer,
    );
    expect(back.moves).toContain('return-after-break');
    const unsure = read(
      'Still deciding whether to come back to work at all after my maternity leave.',
      marketer,
    );
    expect(unsure.moves).not.toContain('return-after-break');
    expect(unsure.coachingAreas).toContain('career-direction');
  });

  it('reads a board seat beside a day job as only the unwritten rules', () => {
    const director = {
      currentTitle: 'Finance Director',
      currentLevel: 6,
      currentFunction: 'Finance',
    };
    const intent = read('I would like to join the board of a charity alongside my job.', director);
    expect(intent.moves).toEqual(['senior-unwritten-rules']);
    expect(intent.targetRole).toMatchObject({ level: 8, function: 'General Management' });
  });

  it('reads getting into the C-suite as a senior move with no function', () => {
    const vp = { currentTitle: 'VP Finance', currentLevel: 7, currentFunction: 'Finance' };
    const intent = read('Get into the C-suite within five years.', vp);
    expect(intent.targetRole.level).toBe(8);
    expect(intent.moves).toContain('senior-unwritten-rules');
  });

  it('reads a path with few role models when the goal says so', () => {
    const intent = read(
      'I want to become a site manager, and there are hardly any women doing it here.',
      { currentTitle: 'Site Engineer', currentLevel: 3, currentFunction: 'Construction' },
    );
    expect(intent.moves).toEqual(['step-up', 'unusual-path']);
  });
});

describe('readGoalIntent: coaching areas', () => {
  const cases: [string, string[]][] = [
    ['I lack confidence in meetings.', ['motivation']],
    ['How do I give better feedback to my team?', ['feedback']],
    ['I struggle to keep my projects on schedule.', ['project-management']],
    ['I keep clashing with my manager and it is wearing me down.', ['conflict', 'interpersonal']],
    ["I feel lost and don't know what I want to do next.", ['career-direction']],
    ['I want to learn how to negotiate.', ['other-skill']],
  ];
  it.each(cases)('%s', (goal, areas) => {
    expect(read(goal, engineer).coachingAreas).toEqual(areas);
  });

  it('adds ticked coach needs but never the path needs', () => {
    const intent = readGoalIntent({
      goal: 'Become a staff engineer.',
      ...engineer,
      needs: ['presentation', 'senior-role'],
    });
    expect(intent.coachingAreas).toEqual(['presentation']);
  });

  it('reads a goal with no role, move or need as a question of direction', () => {
    expect(read('Not sure.', engineer).coachingAreas).toEqual(['career-direction']);
  });
});

describe('readGoalIntent: more phrasings', () => {
  const analyst = { currentTitle: 'Senior Analyst', currentLevel: 4, currentFunction: 'Finance' };

  it('reads "not a manager yet" as wanting to be one', () => {
    const intent = read("I'm not a manager yet but I'd love to be one.", analyst);
    expect(intent.targetRole).toMatchObject({ level: 5, function: 'Finance' });
    expect(intent.moves).toEqual(['step-up']);
  });

  it('reads weighing two options as a question of direction', () => {
    const intent = read('Torn between going into management and staying technical.', engineer);
    expect(intent.targetRole).toEqual({ title: null, level: null, function: null });
    expect(intent.coachingAreas).toEqual(['career-direction']);
  });

  it('reads pay bands and grades as ranks', () => {
    const nurse = { currentTitle: 'Staff Nurse', currentLevel: 3, currentFunction: 'Nursing' };
    expect(read('Get to band 7 in the next couple of years.', nurse).targetRole).toEqual({
      title: null,
      level: 5,
      function: 'Nursing',
    });
  });

  it('reads a promotion already had as the role now', () => {
    const intent = read('I was promoted to team lead last month and I struggle to delegate.', {
      currentTitle: 'Team Lead',
      currentLevel: 4,
      currentFunction: 'Sales',
    });
    expect(intent.moves).toEqual([]);
    expect(intent.coachingAreas).toEqual(['other-skill']);
  });

  it('counts a named promotion between two titles of one rung as a step up', () => {
    const manager = {
      currentTitle: 'Senior Manager',
      currentLevel: 6,
      currentFunction: 'Consulting',
    };
    expect(read('Get promoted to associate director.', manager).moves).toContain('step-up');
  });

  it('reads a skill named with "management" as a skill, not a rank', () => {
    const pm = { currentTitle: 'Product Manager', currentLevel: 3, currentFunction: 'Product' };
    const intent = read('I need to get better at stakeholder management and time management.', pm);
    expect(intent.targetRole).toEqual({ title: null, level: null, function: null });
    expect(intent.coachingAreas).toEqual(['other-skill']);
  });

  it('reads IT, written in capitals, as a function', () => {
    const technician = {
      currentTitle: 'IT Support Technician',
      currentLevel: 2,
      currentFunction: 'IT',
    };
    const intent = read('Move from IT support into software development.', technician);
    expect(intent.targetRole.function).toBe('Engineering');
    expect(intent.moves).toEqual(['function-change']);
  });

  it('mends slips in the words it needs', () => {
    const accountant = { currentTitle: 'Accountant', currentLevel: 3, currentFunction: 'Finance' };
    const intent = read('hoping to get promted to senoir acountant', accountant);
    expect(intent.targetRole).toEqual({
      title: 'Senior Accountant',
      level: 4,
      function: 'Finance',
    });
  });
});

describe('readGoalIntent: roles that are not the person’s', () => {
  const manager = { currentTitle: 'Finance Manager', currentLevel: 5, currentFunction: 'Finance' };

  it.each([
    'I report to the CFO and want to learn how she thinks.',
    'The CEO asked me to lead the new platform project.',
    "I'd like to shadow a director for a few months.",
    'My manager says I should work on my delegation.',
  ])('%s', (goal) => {
    expect(read(goal, manager).targetRole).toEqual({ title: null, level: null, function: null });
  });

  it('still reads the role the person wants beside one they serve', () => {
    const admin = {
      currentTitle: 'Office Administrator',
      currentLevel: 2,
      currentFunction: 'Operations',
    };
    expect(read('I want to be an executive assistant to a CEO.', admin).targetRole).toMatchObject({
      title: 'Executive Assistant',
      level: 3,
    });
  });
});

describe('readGoalIntent: founding, said many ways', () => {
  it.each([
    ['I would love to set up my own recruitment agency.', 'People'],
    ['Freelancing as a UX designer is my plan.', 'Design'],
    ['I want to become self-employed as an electrician.', 'Trades'],
    ['Go independent as a consultant next year.', 'Consulting'],
  ])('%s', (goal, fn) => {
    const standing = { currentTitle: 'Consultant', currentLevel: 4, currentFunction: 'Consulting' };
    const intent = read(goal, standing);
    expect(intent.moves).toContain('founding');
    expect(intent.targetRole).toMatchObject({ level: null, function: fn });
  });

  it('does not read a word one letter off a role word as that role', () => {
    const teacher = { currentTitle: 'Teacher', currentLevel: 3, currentFunction: 'Education' };
    const intent = read('I want to turn my baking side hustle into a business.', teacher);
    expect(intent.moves).toEqual(['founding']);
    expect(intent.targetRole.function).toBeNull();
  });
});
