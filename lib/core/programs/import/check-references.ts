/**
 * What no single record shows: an id or e-mail used twice, a manager or goal owner who is not
 * in the file, a person with the same goal twice (goals are matched by their words on
 * re-import). Every case is reported, on the later record, naming the earlier one.
 */
import { placeName, problemAt } from './problems';
import type { ImportProblem, Place, ReadFile } from './types';

function firstPlaces<T>(
  records: { key: T; place: Place }[],
  onRepeat: (first: Place, place: Place) => void,
) {
  const first = new Map<T, Place>();
  for (const { key, place } of records) {
    const seen = first.get(key);
    if (seen) onRepeat(seen, place);
    else first.set(key, place);
  }
}

export function checkReferences(read: ReadFile): ImportProblem[] {
  const problems: ImportProblem[] = [];
  // A CSV repeats a person's id on purpose (more goals and steps): the reader merged those.
  firstPlaces(
    read.people.map(({ person, place }) => ({ key: person.id, place })),
    (first, place) =>
      problems.push(problemAt(place, 'id', `this id is used twice (also ${placeName(first)})`)),
  );
  firstPlaces(
    read.people.map(({ person, place }) => ({ key: person.email, place })),
    (first, place) =>
      problems.push(
        problemAt(place, 'email', `this e-mail is used twice (also ${placeName(first)})`),
      ),
  );
  for (const { person, place } of read.people) {
    if (person.managerId === null) continue;
    if (person.managerId === person.id)
      problems.push(problemAt(place, 'managerId', 'a person cannot be their own manager'));
    else if (!read.personIds.has(person.managerId))
      problems.push(problemAt(place, 'managerId', `no person has id "${person.managerId}"`));
  }
  firstPlaces(
    read.goals.map(({ goal, place }) => ({ key: goal.id, place })),
    (first, place) =>
      problems.push(
        problemAt(place, 'id', `this goal id is used twice (also ${placeName(first)})`),
      ),
  );
  for (const { goal, place } of read.goals)
    if (!read.personIds.has(goal.personId))
      problems.push(problemAt(place, 'personId', `no person has id "${goal.personId}"`));
  firstPlaces(
    read.goals.map(({ goal, place }) => ({ key: `${goal.personId}\n${goal.text.trim()}`, place })),
    (first, place) =>
      problems.push(
        problemAt(place, 'text', `this person has the same goal twice (also ${placeName(first)})`),
      ),
  );
  return problems;
}
