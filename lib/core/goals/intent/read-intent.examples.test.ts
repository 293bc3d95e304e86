/**
 * Goals written for these tests (none from data/intent), each with the reading the README's
 * rules give it. Moves and coaching areas are compared as sets, as the accuracy report does.
 */
import { describe, expect, it } from 'vitest';
import { readGoalIntent } from './read-intent';

type Example = [
  goal: string,
  now: [title: string, level: number, fn: string],
  target: [title: string | null, level: number | null, fn: string | null],
  moves: string[],
  areas?: string[],
];

const EXAMPLES: Example[] = [
  [
    'Senior data analyst hoping to become head of analytics within three years.',
    ['Senior Data Analyst', 4, 'Data'],
    ['Director of Analytics', 6, 'Data'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    'From HR advisor to HR business partner.',
    ['HR Advisor', 2, 'HR'],
    ['HR Business Partner', 4, 'People'],
    ['step-up'],
  ],
  [
    'Moving from sales into marketing, ideally as a marketing manager.',
    ['Account Manager', 3, 'Sales'],
    ['Marketing Manager', 5, 'Marketing'],
    ['function-change'],
  ],
  [
    'I want to work as a software engineer in Berlin.',
    ['Software Engineer', 3, 'Engineering'],
    ['Software Engineer', 3, 'Engineering'],
    ['country-move'],
  ],
  [
    'After five years caring for my dad I want to return to nursing.',
    ['Registered Nurse (career break)', 3, 'Nursing'],
    [null, 3, 'Nursing'],
    ['return-after-break'],
  ],
  [
    "I'd like to be a deputy head within two years.",
    ['Head of Year', 4, 'Education'],
    ['Deputy Head Teacher', 5, 'Education'],
    ['step-up'],
  ],
  [
    'I want to stop freezing up when I present to the board.',
    ['Finance Director', 6, 'Finance'],
    [null, null, null],
    [],
    ['presentation', 'motivation'],
  ],
  [
    'Become a VP of sales at a SaaS company, then CRO.',
    ['Sales Director', 6, 'Sales'],
    ['Chief Revenue Officer', 8, 'Sales'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    'i want to be a nurse but i work in a call centre',
    ['Call Centre Agent', 1, 'Customer Support'],
    ['Registered Nurse', 3, 'Nursing'],
    ['function-change'],
  ],
  [
    "Looking for a seat on a school's board of governors.",
    ['Operations Director', 6, 'Operations'],
    ['Non-Executive Board Member', 8, 'General Management'],
    ['senior-unwritten-rules'],
  ],
  [
    'I want to go from teaching assistant to qualified teacher.',
    ['Teaching Assistant', 2, 'Education'],
    ['Teacher', 3, 'Education'],
    ['step-up'],
  ],
  [
    "My team doesn't respect me and I don't know how to handle it.",
    ['Team Lead', 4, 'Operations'],
    [null, null, null],
    [],
    ['interpersonal'],
  ],
  [
    'I want to move into a people manager role but stay in engineering.',
    ['Senior Software Engineer', 4, 'Engineering'],
    ['Engineering Manager', 5, 'Engineering'],
    ['step-up'],
  ],
  [
    'Become the youngest partner my firm has had.',
    ['Associate', 3, 'Legal'],
    ['Partner', 7, 'Legal'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    "I'd like to try something completely different, maybe something creative.",
    ['Accountant', 3, 'Finance'],
    [null, null, null],
    [],
    ['career-direction'],
  ],
  [
    'Relocate to Toronto and keep working in product.',
    ['Product Manager', 3, 'Product'],
    ['Product Manager', 3, 'Product'],
    ['country-move'],
  ],
  [
    'Hoping to move up to shift leader at the warehouse.',
    ['Warehouse Operative', 1, 'Logistics'],
    ['Shift Leader', 4, 'Logistics'],
    ['step-up'],
  ],
  [
    'Chief Nursing Officer is the long-term goal.',
    ['Director of Nursing', 6, 'Nursing'],
    ['Chief Nursing Officer', 8, 'Nursing'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    'I want to retrain as a plumber.',
    ['Office Manager', 4, 'Operations'],
    ['Plumber', 3, 'Trades'],
    ['function-change'],
  ],
  [
    'Want to become a senior engineer, and I need to get better at code reviews and giving feedback.',
    ['Software Engineer', 3, 'Engineering'],
    ['Senior Engineer', 4, 'Engineering'],
    ['step-up'],
    ['other-skill', 'feedback'],
  ],
  [
    'In five years I see myself as a product director.',
    ['Product Manager', 3, 'Product'],
    ['Director of Product', 6, 'Product'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    'Currently a junior designer. Want to be senior designer next year.',
    ['Junior Designer', 2, 'Design'],
    ['Senior Designer', 4, 'Design'],
    ['step-up'],
  ],
  [
    'Looking to become a fractional CFO for startups.',
    ['Finance Director', 6, 'Finance'],
    ['Chief Financial Officer', 8, 'Finance'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    'Next step: ops manager, then general manager of a hotel.',
    ['Front Office Supervisor', 4, 'Hospitality'],
    ['General Manager', 6, 'Hospitality'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    'I want to become a consultant in my specialty.',
    ['Specialty Registrar', 4, 'Medicine'],
    ['Consultant', 5, 'Medicine'],
    ['step-up'],
  ],
  [
    'Move into data engineering.',
    ['Backend Engineer', 3, 'Engineering'],
    ['Data Engineer', 3, 'Data'],
    ['function-change'],
  ],
  [
    'Make senior associate at the firm this cycle.',
    ['Associate', 3, 'Legal'],
    ['Senior Associate', 4, 'Legal'],
    ['step-up'],
  ],
  [
    "I'd like to leave academia for a data science job in industry.",
    ['Postdoctoral Researcher', 3, 'Research'],
    ['Data Scientist', 3, 'Data'],
    ['function-change'],
  ],
  [
    "I'd like to run my own practice as a physio.",
    ['Physiotherapist', 3, 'Allied Health'],
    ['Founder', null, 'Allied Health'],
    ['founding'],
  ],
  [
    'Move back home to Nigeria and work in fintech.',
    ['Software Engineer', 3, 'Engineering'],
    [null, null, null],
    ['country-move'],
  ],
  [
    'Over the next 3 years I want to progress to senior lecturer.',
    ['Lecturer', 3, 'Research'],
    ['Senior Lecturer', 4, 'Research'],
    ['step-up'],
  ],
  [
    'Work my way up to operations director.',
    ['Operations Manager', 5, 'Operations'],
    ['Director of Operations', 6, 'Operations'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    'I have an interview for a team leader position next week.',
    ['Customer Service Advisor', 2, 'Customer Support'],
    ['Team Lead', 4, 'Customer Support'],
    ['step-up'],
  ],
  [
    'Aiming for chief exec of an NHS trust.',
    ['Chief Operating Officer', 8, 'Medicine'],
    ['Chief Executive Officer', 8, 'General Management'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    'Want to be a principal designer within two years.',
    ['Senior Product Designer', 4, 'Design'],
    ['Principal Designer', 5, 'Design'],
    ['step-up'],
  ],
  [
    'Be a great engineering manager for my new team.',
    ['Engineering Manager', 5, 'Engineering'],
    [null, null, null],
    [],
    ['other-skill', 'interpersonal'],
  ],
  [
    "I'm a sous chef and the head chef is leaving; I want that job.",
    ['Sous Chef', 4, 'Hospitality'],
    ['Head Chef', 5, 'Hospitality'],
    ['step-up'],
  ],
  [
    'I want to become a data protection officer.',
    ['Compliance Analyst', 3, 'Risk & Compliance'],
    ['Data Protection Officer', 3, 'Risk & Compliance'],
    [],
  ],
  [
    'My long-term goal is general counsel.',
    ['Senior Legal Counsel', 5, 'Legal'],
    ['General Counsel', 7, 'Legal'],
    ['step-up', 'senior-unwritten-rules'],
  ],
  [
    'Lab tech wanting to become a research scientist.',
    ['Laboratory Technician', 2, 'Research'],
    ['Research Scientist', 3, 'Research'],
    ['step-up'],
  ],
  [
    'Get my first line manager role.',
    ['Senior Customer Advisor', 3, 'Customer Support'],
    [null, 5, 'Customer Support'],
    ['step-up'],
  ],
  [
    'Promotion to sergeant.',
    ['Police Constable', 2, 'Policing'],
    ['Sergeant', 3, 'Policing'],
    ['step-up'],
  ],
  [
    "I'm a midwife and want to become a consultant midwife.",
    ['Midwife', 3, 'Nursing'],
    ['Consultant Midwife', 5, 'Nursing'],
    ['step-up'],
  ],
  [
    'Looking to become a senior software engineer at a big company in the US.',
    ['Software Engineer', 3, 'Engineering'],
    ['Senior Software Engineer', 4, 'Engineering'],
    ['step-up', 'country-move'],
  ],
  [
    'After my maternity leave I want to go part time, same job.',
    ['HR Manager', 5, 'HR'],
    ['HR Manager', 5, 'People'],
    ['return-after-break'],
  ],
  [
    "I'm a software engineer wanting to become a developer advocate.",
    ['Software Engineer', 3, 'Engineering'],
    ['Developer Advocate', 3, 'Engineering'],
    [],
  ],
  [
    'Teacher by trade, now hoping to become an instructional designer.',
    ['Teacher', 3, 'Education'],
    ['Instructional Designer', 3, 'Design'],
    ['function-change'],
  ],
  [
    "I've been a carer for eight years and want to train as a nurse.",
    ['Care Worker', 2, 'Social Care'],
    ['Registered Nurse', 3, 'Nursing'],
    ['function-change'],
  ],
  [
    'I want to become an architect.',
    ['Teacher', 3, 'Education'],
    ['Architect', 3, 'Construction'],
    ['function-change'],
  ],
  [
    'I need a coach to help me with my confidence.',
    ['Analyst', 3, 'Data'],
    [null, null, null],
    [],
    ['motivation'],
  ],
];

describe('readGoalIntent on examples written for the tests', () => {
  it.each(EXAMPLES)('%s', (goal, [title, level, fn], target, moves, areas = []) => {
    const intent = readGoalIntent({
      goal,
      currentTitle: title,
      currentLevel: level,
      currentFunction: fn,
    });
    expect(intent.targetRole.level).toBe(target[1]);
    expect(intent.targetRole.function).toBe(target[2]);
    if (target[0] !== null) expect(intent.targetRole.title).toBe(target[0]);
    else if (target[1] === null) expect(intent.targetRole.title).toBeNull();
    expect([...intent.moves].sort()).toEqual([...moves].sort());
    expect([...intent.coachingAreas].sort()).toEqual([...areas].sort());
  });
});
