import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTENT_MOVES } from '@/lib/core/goals/intent/types';
import { EXPERIENCE_STEP_KINDS, type FileExperience } from '@/lib/core/matching/people-file';
import { makeStep, makeSupporter } from '@/test/matching/fit-factories';
import { careerOf } from './career';
import { evidenceKey, mentorEvidence, recency, type MentorTarget } from './lived';
import { TO_PROTEGE, aboutPerson } from './voice';

const YEAR = 2026;

const toEngineeringManager: MentorTarget = {
  functionKey: 'engineering',
  functionName: 'Engineering',
  level: 5,
  leadsPeople: true,
  moves: ['step-up'],
  fromFunctionKey: 'engineering',
  fromFunctionName: 'Engineering',
  fromLevel: 4,
};

function evidenceOf(target: MentorTarget, steps: FileExperience[], now = {}) {
  const person = makeSupporter({ function: 'Engineering', title: 'Director', level: 6, ...now });
  return mentorEvidence(target, careerOf({ ...person, experiences: steps }, YEAR), YEAR);
}

const senior = (years: string, fn = 'Engineering') =>
  makeStep({ title: 'Senior Engineer', level: 4, function: fn, years });
const manager = (years: string, fn = 'Engineering', organization = 'Fabrikam') =>
  makeStep({ title: 'Engineering Manager', level: 5, function: fn, organization, years });

describe('mentor evidence: lived experience', () => {
  it('finds the step up the goal is after and names it with the organisation and year', () => {
    const found = evidenceOf(toEngineeringManager, [senior('2014-2018'), manager('2019-')]);
    expect(found.tier).toBe(3);
    expect(found.best?.code).toBe('made-step-up');
    expect(found.best?.write(TO_PROTEGE)).toBe(
      'Went from Senior Engineer to Engineering Manager at Fabrikam in 2019: the step up your goal is after.',
    );
    expect(found.best?.write(aboutPerson('Nadia Haddad'))).toContain("Nadia's goal");
  });

  it('counts the same step in another function as related, not lived', () => {
    const found = evidenceOf(
      toEngineeringManager,
      [senior('2014-2018', 'Sales'), manager('2019-', 'Sales')],
      { function: 'Sales', title: 'Engineering Manager', level: 5 },
    );
    expect(found.tier).toBe(2);
    expect(found.best?.code).toBe('made-step-up-elsewhere');
  });

  it('does not read a move into another function as the step up', () => {
    const found = evidenceOf(
      toEngineeringManager,
      [
        makeStep({ title: 'Account Executive', level: 3, function: 'Sales', years: '2015-2019' }),
        makeStep({ title: 'Product Manager', level: 3, function: 'Product', years: '2019-' }),
      ],
      { function: 'Product', title: 'Product Manager', level: 3 },
    );
    expect(found.tier).toBe(0);
    expect(found.best).toBeNull();
  });

  it('counts holding the target role, today or before, as lived', () => {
    const found = evidenceOf(toEngineeringManager, [], {
      title: 'Engineering Manager',
      level: 5,
    });
    expect(found.tier).toBe(3);
    expect(found.best?.code).toBe('held-target-role');
  });

  it('keeps a step long past below Excellent', () => {
    const found = evidenceOf(toEngineeringManager, [
      senior('1996-2000'),
      manager('2000-2006'),
      makeStep({ title: 'VP', level: 7, function: 'Engineering', years: '2006-' }),
    ]);
    expect(found.best?.code).toBe('made-step-up');
    expect(found.tier).toBe(2);
  });

  it('prefers the same change of function over any move into the target function', () => {
    const intoProduct: MentorTarget = {
      ...toEngineeringManager,
      functionKey: 'product',
      functionName: 'Product',
      level: 3,
      moves: ['function-change'],
    };
    const same = evidenceOf(
      intoProduct,
      [
        makeStep({ title: 'Engineer', level: 3, function: 'Engineering', years: '2015-2019' }),
        makeStep({ title: 'Product Manager', level: 3, function: 'Product', years: '2019-' }),
      ],
      { function: 'Product', title: 'Product Manager', level: 3 },
    );
    const other = evidenceOf(
      intoProduct,
      [
        makeStep({ title: 'Analyst', level: 3, function: 'Finance', years: '2015-2019' }),
        makeStep({ title: 'Product Manager', level: 3, function: 'Product', years: '2019-' }),
      ],
      { function: 'Product', title: 'Product Manager', level: 3 },
    );
    expect(same.best?.code).toBe('made-same-function-change');
    expect(same.tier).toBe(3);
    expect(same.best?.write(TO_PROTEGE)).toContain('Moved from Engineering into Product in 2019');
    expect(other.tier).toBe(2);
  });

  it('finds rare moves by the kind of step', () => {
    const founding: MentorTarget = { ...toEngineeringManager, level: null, moves: ['founding'] };
    const found = evidenceOf(founding, [
      makeStep({
        title: 'Co-founder',
        level: 6,
        kind: 'founded-company',
        organization: 'Brightly',
        years: '2019-2023',
      }),
    ]);
    expect(found.tier).toBe(3);
    expect(found.best?.write(TO_PROTEGE)).toBe('Founded Brightly in 2019, as Co-founder.');
  });

  it('has nothing to go on for a goal with no move and no level', () => {
    const none: MentorTarget = { ...toEngineeringManager, level: null, moves: [] };
    expect(evidenceOf(none, [manager('2019-')]).tier).toBe(0);
  });

  it('weighs recent steps above old ones', () => {
    expect(recency({ end: null }, YEAR)).toBe(1);
    expect(recency({ end: 2021 }, YEAR)).toBe(1);
    expect(recency({ end: 2011 }, YEAR)).toBeCloseTo(0.6);
    expect(recency({ end: 1990 }, YEAR)).toBe(0.4);
  });
});

describe('evidenceKey', () => {
  const functions = ['Engineering', 'Sales', 'Finance'];
  const stepArb = fc.record({
    level: fc.integer({ min: 1, max: 8 }),
    function: fc.constantFrom(...functions),
    country: fc.constantFrom('GB', 'DE', ''),
    kind: fc.constantFrom(...EXPERIENCE_STEP_KINDS),
    start: fc.integer({ min: 1995, max: 2025 }),
  });
  const targetArb = fc.record({
    functionKey: fc.constantFrom('engineering', 'sales', 'finance'),
    functionName: fc.constantFrom('Engineering', 'Sales'),
    level: fc.option(fc.integer({ min: 1, max: 8 })),
    leadsPeople: fc.option(fc.boolean()),
    moves: fc.subarray([...INTENT_MOVES]),
    fromFunctionKey: fc.constantFrom('engineering', 'sales', 'finance'),
    fromFunctionName: fc.constantFrom('Engineering', 'Sales'),
    fromLevel: fc.integer({ min: 1, max: 8 }),
  });

  it('gives targets with one key the same tier and quality from any career', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 5 }), targetArb, targetArb, (steps, a, b) => {
        const experiences = steps.map((step) =>
          makeStep({ ...step, years: `${step.start}-${step.start + 2}` }),
        );
        const person = makeSupporter({ experiences });
        const career = careerOf(person, YEAR);
        // a with one of the fields changed that the key leaves out, when it does.
        const variants = [
          b,
          { ...a, fromLevel: b.fromLevel },
          { ...a, fromFunctionKey: b.fromFunctionKey },
          { ...a, functionName: b.functionName, fromFunctionName: b.fromFunctionName },
        ];
        for (const other of variants) {
          if (evidenceKey(a) !== evidenceKey(other)) continue;
          compared++;
          const [x, y] = [mentorEvidence(a, career, YEAR), mentorEvidence(other, career, YEAR)];
          expect([y.tier, y.quality]).toEqual([x.tier, x.quality]);
        }
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(500);
  });
});
