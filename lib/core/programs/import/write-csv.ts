/**
 * A people-and-goals file written in the CSV layout (csv-layout.ts): a person's first row has
 * their details, first goal and first step; further goals and steps go on further rows.
 */
import Papa from 'papaparse';
import type { FileExperience, FileGoal, PeopleFile } from '@/lib/core/matching/people-file';
import { CSV_COLUMNS, type CsvColumn } from './csv-layout';
import { guard, writeList } from './csv-cells';

type Cells = Partial<Record<CsvColumn, string>>;
const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));

const goalCells = (goal: FileGoal): Cells => ({
  goalId: goal.id,
  goalText: goal.text,
  goalKind: text(goal.kind),
  goalClarity: text(goal.clarity),
  goalNeeds: writeList(goal.needs),
  goalTargetTitle: text(goal.targetTitle),
  goalTargetLevel: text(goal.targetLevel),
});

const stepCells = (step: FileExperience): Cells => ({
  stepTitle: step.title,
  stepLevel: String(step.level),
  stepFunction: step.function,
  stepOrganization: step.organization,
  stepCountry: step.country,
  stepKind: step.kind,
  stepYears: step.years,
  stepDescription: step.description,
});

export function peopleFileToCsv(file: PeopleFile): string {
  const goalsOf = new Map<string, FileGoal[]>();
  for (const goal of file.goals) {
    const list = goalsOf.get(goal.personId);
    if (list) list.push(goal);
    else goalsOf.set(goal.personId, [goal]);
  }
  const rows: string[][] = [];
  for (const person of file.people) {
    const goals = goalsOf.get(person.id) ?? [];
    const count = Math.max(1, goals.length, person.experiences.length);
    for (let index = 0; index < count; index++) {
      const goal = goals[index];
      const step = person.experiences[index];
      const cells: Cells = {
        id: person.id,
        ...(index === 0 && {
          email: text(person.email),
          name: person.name,
          organization: person.organization,
          function: person.function,
          title: person.title,
          level: String(person.level),
          managerId: person.managerId ?? '',
          languages: writeList(person.languages),
          timezone: person.timezone,
          skills: writeList(person.skills),
          offersMentoring: yesNo(person.offers.mentoring),
          offersCoaching: yesNo(person.offers.coaching),
          capacity: String(person.offers.capacity),
          coachingAreas: writeList(person.offers.coachingAreas),
          bio: person.bio,
        }),
        ...(goal && goalCells(goal)),
        ...(step && stepCells(step)),
      };
      rows.push(CSV_COLUMNS.map((column) => guard(cells[column] ?? '')));
    }
  }
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}
