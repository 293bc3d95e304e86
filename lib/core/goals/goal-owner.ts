/**
 * How "Goals you would suit" describes a goal's owner without naming them. A job title or a
 * small organisation can name someone as surely as their name does (one goal was shown with an
 * organisation its owner was the only member of), so the owner is described by level and
 * function, and by organisation only when enough people there share that function that the
 * description fits a crowd rather than a person.
 */
import { levelName } from '../profile/levels';

/** The fewest people an organisation-and-function description must fit before it is shown. */
export const CROWD = 5;

export interface GoalOwnerFacts {
  level: number;
  function: string;
  organisation: string;
  /** People with a profile in the same organisation and function, the owner included. */
  peers: number;
}

export interface GoalOwnerWords {
  level: string;
  function: string;
  /** Null when too few people share it. */
  organisation: string | null;
}

export function describeGoalOwner(owner: GoalOwnerFacts): GoalOwnerWords {
  return {
    level: levelName(owner.level),
    function: owner.function,
    organisation: owner.peers >= CROWD ? owner.organisation : null,
  };
}
