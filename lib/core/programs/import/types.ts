/**
 * The shapes an import passes around: where a record sits in the uploaded file, what is wrong
 * with it, and the records that passed. Pure types, shared by the readers (JSON and CSV), the
 * plan, the preview and the apply step.
 */
import type { FileGoal, FilePerson } from '@/lib/core/matching/people-file';

export type ImportFormat = 'json' | 'csv';

/** A person as an import needs them: the e-mail is how their account is found or made. */
export type ImportPerson = FilePerson & { email: string };

/** A people-and-goals file with everyone's e-mail: what an export writes and an import reads. */
export interface CohortFile {
  people: ImportPerson[];
  goals: FileGoal[];
}

/**
 * Where a record sits: a CSV line (1 is the header), or a JSON item such as `people[3]`.
 * `kind` says which record it is, so a JSON field can be named by its CSV column.
 */
export interface Place {
  line: number | null;
  item: string;
  kind: 'person' | 'goal' | 'step';
}

/** One thing wrong with the file, in the file's own terms: a line and column, or a JSON path. */
export interface ImportProblem {
  /** CSV line number; null for JSON, where `field` is the full path such as people[3].email. */
  line: number | null;
  field: string;
  reason: string;
}

export interface PersonRecord {
  person: ImportPerson;
  place: Place;
}

export interface GoalRecord {
  goal: FileGoal;
  place: Place;
}

/** What a reader hands on: the records that passed, and every problem found on the way. */
export interface ReadFile {
  people: PersonRecord[];
  goals: GoalRecord[];
  /** Every person id in the file, valid or not, so a broken row does not break its goals too. */
  personIds: Set<string>;
  problems: ImportProblem[];
}
