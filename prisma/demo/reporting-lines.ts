/**
 * Reporting lines: each person's manager works in the same organisation at a higher level,
 * preferably in the same function and one level up. Because every manager strictly outranks
 * their report, the lines form a tree per organisation and can never loop; the one person at
 * the top of each organisation has no manager.
 */
import type { Random } from './random';

export interface Placed {
  organisationIndex: number;
  functionName: string;
  level: number;
}

/** The manager's position in `people` for each person, or null at the top. */
export function assignManagers(people: readonly Placed[], random: Random): (number | null)[] {
  const sameFunction = new Map<string, number[]>();
  const anyFunction = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  people.forEach((person, index) => {
    add(sameFunction, `${person.organisationIndex}|${person.level}|${person.functionName}`, index);
    add(anyFunction, `${person.organisationIndex}|${person.level}`, index);
  });

  return people.map((person) => {
    // Now and then a manager two levels up, as in real organisations with uneven depth.
    const firstTry = person.level + (random.chance(0.12) ? 2 : 1);
    for (const start of [firstTry, person.level + 1]) {
      for (let level = start; level <= 8; level++) {
        const key = `${person.organisationIndex}|${level}|${person.functionName}`;
        const candidates = sameFunction.get(key);
        if (candidates) return random.pick(candidates);
      }
    }
    for (let level = person.level + 1; level <= 8; level++) {
      const candidates = anyFunction.get(`${person.organisationIndex}|${level}`);
      if (candidates) return random.pick(candidates);
    }
    return null;
  });
}
