/**
 * `npm run eval:match [-- --file people.json]`: how believable the engine's proposals are, on
 * the demo cohort (the demo program: every demo person, default policy) or on a given
 * people-and-goals file. Runs the program engine (the exact cohort assignment) and the
 * self-service suggestions, then prints a table:
 *
 * - mentor proposals whose mentor lived the goal's move or held its role, among those whose
 *   goal has anyone eligible who did;
 * - coach proposals whose coach coaches a needed area, and those at a fitting seniority;
 * - the label distribution and the share of "Excellent";
 * - the share of goals whose first suggestion is the single most frequent first suggestion;
 * - mean fit.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fitInWords } from '@/lib/core/matching/fit-words';
import {
  DEFAULT_FIT_WEIGHTS,
  fitContext,
  fitScorer,
  offersKind,
  prepareFile,
  type PreparedFile,
  type PreparedGoal,
} from '@/lib/core/matching/fit';
import { coachEvidence } from '@/lib/core/matching/fit/coaching';
import { LIVED_CODES, mentorEvidence } from '@/lib/core/matching/fit/lived';
import { parsePeopleFile, type PeopleFile } from '@/lib/core/matching/people-file';
import { suggest } from '@/lib/core/matching/suggest';
import { runEngine } from '@/lib/core/programs/runs/engine';
import { DEFAULT_DEMO_PEOPLE, DEFAULT_DEMO_SEED } from '@/prisma/demo/seed-database';
import { demoPeopleFile } from './bench/demo-people-file';

const REFERENCE_DATE = new Date('2026-06-01T12:00:00Z');

function readFile(path: string | undefined): { file: PeopleFile; source: string } {
  if (!path)
    return {
      file: demoPeopleFile(DEFAULT_DEMO_PEOPLE, Number.POSITIVE_INFINITY, DEFAULT_DEMO_SEED),
      source: `demo cohort (${DEFAULT_DEMO_PEOPLE} people, seed ${DEFAULT_DEMO_SEED})`,
    };
  const parsed = parsePeopleFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error}`);
  return { file: parsed.file, source: path };
}

function lived(prepared: PreparedFile, goal: PreparedGoal, supporterId: string): boolean {
  const person = prepared.people.get(supporterId);
  if (!person) return false;
  const found = mentorEvidence(goal.mentorTarget, person.career, prepared.referenceYear);
  return found.best !== null && LIVED_CODES.has(found.best.code);
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

function evaluate(file: PeopleFile) {
  const prepared = prepareFile(file, REFERENCE_DATE);
  const goals = new Map(prepared.goals.map((goal) => [goal.goal.id, goal]));
  const result = runEngine(
    {
      file,
      weights: DEFAULT_FIT_WEIGHTS,
      load: [],
      excludedPairs: [],
      allowCrossOrganisation: true,
      referenceDate: REFERENCE_DATE,
      alternatives: 0,
    },
    () => {},
  );
  const mentors = [...prepared.people.values()].filter((person) => offersKind(person, 'mentor'));
  const scorer = fitScorer(prepared, fitContext());
  const placesUsed = new Map<string, number>();
  for (const { personId } of result.assignments)
    placesUsed.set(personId, (placesUsed.get(personId) ?? 0) + 1);
  const freeAfter = (id: string) =>
    (prepared.people.get(id)?.person.offers.capacity ?? 0) - (placesUsed.get(id) ?? 0);
  let livedWhereAny = 0;
  let anyLived = 0;
  let livedWhereFree = 0;
  let anyLivedFree = 0;
  let coachProposals = 0;
  let coachesArea = 0;
  let fittingSeniority = 0;
  const labels = new Map<string, number>();
  let fitSum = 0;
  for (const proposal of result.assignments) {
    const goal = goals.get(proposal.goalId);
    if (!goal) continue;
    labels.set(fitInWords(proposal.score), (labels.get(fitInWords(proposal.score)) ?? 0) + 1);
    fitSum += proposal.score;
    if (proposal.kind === 'mentor') {
      const livedOnes = mentors.filter(
        (m) =>
          scorer.score(goal, m.person.id, 'mentor') !== null && lived(prepared, goal, m.person.id),
      );
      if (livedOnes.length === 0) continue;
      const got = lived(prepared, goal, proposal.personId);
      anyLived++;
      if (got) livedWhereAny++;
      // Could the run have given this goal someone who lived it, without taking them from another?
      if (got || livedOnes.some((m) => freeAfter(m.person.id) > 0)) {
        anyLivedFree++;
        if (got) livedWhereFree++;
      }
    } else {
      coachProposals++;
      const coach = prepared.people.get(proposal.personId);
      const protege = prepared.people.get(goal.goal.personId);
      if (!coach || !protege) continue;
      const found = coachEvidence(
        goal.coachNeeds,
        coach.coachingAreas,
        coach.person.level,
        protege.person.level,
      );
      if (found) coachesArea++;
      if (found?.seniorEnough) fittingSeniority++;
    }
  }
  // Per goal: the people first on any of its lists (a "both" goal has two).
  const firstOf = new Map<string, Set<string>>();
  for (const list of suggest(prepared, fitContext())) {
    const first = list.candidates[0];
    if (!first) continue;
    const firsts = firstOf.get(first.personId) ?? new Set();
    firsts.add(list.goalId);
    firstOf.set(first.personId, firsts);
  }
  const mostFirst = Math.max(0, ...[...firstOf.values()].map((goals) => goals.size));
  const proposals = result.assignments.length;
  return [
    ['Goals / proposals', `${prepared.goals.length} / ${proposals}`],
    [
      'Mentor proposals: lived the move or role (where an eligible one had a free place)',
      percent(livedWhereFree, anyLivedFree),
    ],
    [
      'Mentor proposals: lived the move or role (where anyone eligible has, full or not)',
      percent(livedWhereAny, anyLived),
    ],
    ['Coach proposals: coach a needed area', percent(coachesArea, coachProposals)],
    [
      'Coach proposals: and at or above the protégé’s level',
      percent(fittingSeniority, coachProposals),
    ],
    ...['Excellent fit', 'Strong fit', 'Good fit', 'Possible fit'].map((label) => [
      `Labelled "${label}"`,
      percent(labels.get(label) ?? 0, proposals),
    ]),
    [
      'Goals whose first suggestion is the most frequent first person',
      percent(mostFirst, prepared.goals.length),
    ],
    ['Mean fit of proposals', proposals ? (fitSum / proposals).toFixed(0) : 'n/a'],
    ['Certified optimal', result.optimal ? 'yes' : 'no'],
  ];
}

const { values } = parseArgs({ options: { file: { type: 'string' } } });
const { file, source } = readFile(values.file);
const rows = evaluate(file);
process.stdout.write(`Match quality on the ${source}\n\n| measure | value |\n|---|---|\n`);
for (const [measure, value] of rows) process.stdout.write(`| ${measure} | ${value} |\n`);
