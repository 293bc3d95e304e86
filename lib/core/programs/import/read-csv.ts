/**
 * Reads a cohort CSV (layout in csv-layout.ts) into the same records as the JSON reader, with
 * every bad row named by its line and column. A person's first row carries their details; their
 * further rows (same id) add goals and career steps.
 */
import {
  CSV_COLUMNS,
  GOAL_COLUMNS,
  PERSON_COLUMNS,
  REQUIRED_COLUMNS,
  STEP_COLUMNS,
  type CsvColumn,
} from './csv-layout';
import { listCell, numberCell, optionalCell, unguard, yesNoCell } from './csv-cells';
import { csvLines, type CsvLine } from './csv-rows';
import { zodProblems } from './problems';
import { csvPersonSchema, goalSchema, stepSchema } from './schemas';
import type { ImportProblem, Place, ReadFile } from './types';

type Row = Record<CsvColumn, string> & { line: number };

interface PersonRows {
  first: Row;
  goals: Row[];
  steps: Row[];
}

const KNOWN = new Map<string, CsvColumn>(
  CSV_COLUMNS.map((column) => [column.toLowerCase(), column]),
);
const filled = (row: Row, columns: readonly CsvColumn[]) =>
  columns.some((column) => row[column].trim() !== '');

/** Which column each position holds; problems with the header stop the reading when fatal. */
function readHeader(header: CsvLine) {
  const problems: ImportProblem[] = [];
  const columns = header.cells.map((cell) => {
    const column = KNOWN.get(cell.trim().toLowerCase());
    if (!column && cell.trim() !== '')
      problems.push({
        line: header.line,
        field: cell,
        reason: 'not a column of the import layout',
      });
    return column;
  });
  // A missing or doubled column would make every row wrong: stop at the header then.
  let fatal = false;
  for (const column of CSV_COLUMNS) {
    const count = columns.filter((found) => found === column).length;
    if (count > 1)
      problems.push({ line: header.line, field: column, reason: 'the column appears twice' });
    if (count === 0 && REQUIRED_COLUMNS.includes(column))
      problems.push({ line: header.line, field: column, reason: 'this column is required' });
    fatal ||= count > 1 || (count === 0 && REQUIRED_COLUMNS.includes(column));
  }
  return { columns, fatal, problems };
}

function toRow(line: CsvLine, columns: (CsvColumn | undefined)[]): Row {
  const cells = Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as Record<
    CsvColumn,
    string
  >;
  line.cells.forEach((cell, index) => {
    const column = columns[index];
    if (column) cells[column] = unguard(cell);
  });
  return { ...cells, line: line.line };
}

const personOf = (row: Row) => ({
  id: row.id,
  email: optionalCell(row.email),
  name: row.name,
  organization: row.organization,
  function: row.function,
  title: row.title,
  level: numberCell(row.level),
  managerId: optionalCell(row.managerId) ?? null,
  languages: listCell(row.languages),
  timezone: row.timezone.trim(),
  skills: listCell(row.skills),
  bio: row.bio,
  offers: {
    mentoring: yesNoCell(row.offersMentoring),
    coaching: yesNoCell(row.offersCoaching),
    capacity: numberCell(row.capacity) ?? 0,
    coachingAreas: listCell(row.coachingAreas),
  },
});

const stepOf = (row: Row) => ({
  title: row.stepTitle,
  level: numberCell(row.stepLevel),
  function: row.stepFunction,
  organization: row.stepOrganization,
  country: row.stepCountry,
  kind: row.stepKind.trim(),
  years: row.stepYears.trim(),
  description: row.stepDescription,
});

const goalOf = (row: Row) => ({
  // Optional: a goal without one is known by its line, and matched to a stored goal by its words.
  id: row.goalId.trim() || `${row.id.trim()}:line-${row.line}`,
  personId: row.id,
  text: row.goalText,
  kind: optionalCell(row.goalKind),
  clarity: optionalCell(row.goalClarity),
  needs: listCell(row.goalNeeds),
  targetTitle: optionalCell(row.goalTargetTitle),
  targetLevel: numberCell(row.goalTargetLevel),
});

/** Rows grouped by person id, in file order, with the problems of rows that fit no person. */
function groupRows(rows: Row[], read: ReadFile): PersonRows[] {
  const groups = new Map<string, PersonRows>();
  for (const row of rows) {
    const id = row.id.trim();
    if (!id) {
      read.problems.push({ line: row.line, field: 'id', reason: 'expected an id' });
      continue;
    }
    read.personIds.add(id);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { first: row, goals: [], steps: [] }));
    else
      for (const column of PERSON_COLUMNS) {
        const cell = row[column].trim();
        if (cell !== '' && cell !== group.first[column].trim())
          read.problems.push({
            line: row.line,
            field: column,
            reason: `differs from line ${group.first.line}: leave a person's details empty on their further rows`,
          });
      }
    if (filled(row, GOAL_COLUMNS)) group.goals.push(row);
    if (filled(row, STEP_COLUMNS)) group.steps.push(row);
  }
  return [...groups.values()];
}

export function readCsvFile(text: string): ReadFile {
  const read: ReadFile = { people: [], goals: [], personIds: new Set(), problems: [] };
  const { rows, problems } = csvLines(text);
  read.problems.push(...problems);
  const [header, ...data] = rows;
  if (!header) return { ...read, problems: [{ line: 1, field: '', reason: 'the file is empty' }] };
  const columns = readHeader(header);
  read.problems.push(...columns.problems);
  if (columns.fatal) return read;

  for (const line of data)
    if (line.cells.slice(columns.columns.length).some((cell) => cell.trim() !== ''))
      read.problems.push({ line: line.line, field: '', reason: 'more values than columns' });
  const at = (row: Row, kind: Place['kind']): Place => ({ line: row.line, item: '', kind });

  for (const group of groupRows(
    data.map((line) => toRow(line, columns.columns)),
    read,
  )) {
    const person = csvPersonSchema.safeParse(personOf(group.first));
    if (!person.success)
      read.problems.push(...zodProblems(at(group.first, 'person'), person.error));
    const experiences = group.steps.flatMap((row) => {
      const step = stepSchema.safeParse(stepOf(row));
      if (step.success) return [step.data];
      read.problems.push(...zodProblems(at(row, 'step'), step.error));
      return [];
    });
    if (person.success)
      read.people.push({
        person: { ...person.data, experiences },
        place: at(group.first, 'person'),
      });
    for (const row of group.goals) {
      const goal = goalSchema.safeParse(goalOf(row));
      if (goal.success) read.goals.push({ goal: goal.data, place: at(row, 'goal') });
      else read.problems.push(...zodProblems(at(row, 'goal'), goal.error));
    }
  }
  return read;
}
