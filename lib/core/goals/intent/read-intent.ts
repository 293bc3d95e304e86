/**
 * Reads a goal's intent from its words and fields: the target role, the moves it involves
 * and the coaching areas it names. Pure and quick (one wink-nlp pass per goal, every lexicon
 * built when the modules load), so matching can read thousands of goals in a run.
 */
import { functionKey } from '@/lib/core/roles/canonical-function';
import { chooseFunction } from '@/lib/core/roles/normalise-role';
import { readTitle } from '@/lib/core/roles/read-title';
import { titleWords } from '@/lib/core/roles/title-words';
import { sameRole } from '@/lib/core/roles/same-role';
import { roleFromReading } from '@/lib/core/roles/normalise-role';
import { breakReturnCue } from './break-return-cue';
import { coachingAreas } from './coaching-areas';
import { countryMoveCue } from './country-move-cue';
import { foundingCue } from './founding-cue';
import { goalWords } from './goal-words';
import { entryCue, promotionCue } from './level-cues';
import { sideMentions } from './mention-sides';
import { changesFunction, readMoves } from './moves';
import { findMentions, type Mention } from './role-mentions';
import { readTarget, type Standing } from './target-role';
import type { GoalIntent, IntentInput } from './types';
import { unusualPathCue } from './unusual-path-cue';

function standingOf(input: IntentInput): Standing {
  const reading = readTitle(titleWords(input.currentTitle));
  const key = functionKey(input.currentFunction) ?? chooseFunction(reading.functions, null);
  const role = roleFromReading(reading, { function: key, level: input.currentLevel });
  return { role: { ...role, level: input.currentLevel, function: key }, reading, functionKey: key };
}

export function readGoalIntent(input: IntentInput): GoalIntent {
  const words = goalWords(input.goal);
  const current = standingOf(input);
  const isCurrentRole = (mention: Mention) =>
    mention.kind === 'title' &&
    sameRole(roleFromReading(mention.reading, { function: current.functionKey }), current.role);
  const mentions = sideMentions(words, findMentions(words), isCurrentRole);
  const founding = foundingCue(words);
  const breakReturn = breakReturnCue(words, input.currentTitle);
  const countryMove = countryMoveCue(words);
  const promotion = promotionCue(words);
  const target = readTarget({
    words,
    mentions,
    current,
    founding,
    entryRoute: entryCue(words),
    promotion,
    sameRoleCounts: countryMove || breakReturn.returning || breakReturn.onBreak,
    typedTitle: input.targetTitle?.trim() || null,
    typedLevel: input.targetLevel ?? null,
  });
  const hasTarget =
    target.role.title !== null || target.role.level !== null || target.role.function !== null;
  const returnAfterBreak =
    !breakReturn.undecided && (breakReturn.returning || (breakReturn.onBreak && hasTarget));
  const moves = readMoves(target, current, {
    founding: founding !== null,
    countryMove,
    returnAfterBreak,
    promotion,
    unusualPath: unusualPathCue(
      words,
      { title: input.currentTitle, function: current.functionKey },
      target.role,
      changesFunction(target, current),
    ),
  });
  const areas = coachingAreas(words, mentions, input.needs ?? [], hasTarget);
  // A goal that names no role, no move and no need is still a question of direction.
  const coaching =
    !hasTarget && moves.length === 0 && areas.length === 0 ? ['career-direction' as const] : areas;
  if (breakReturn.undecided && !coaching.includes('career-direction'))
    coaching.push('career-direction');
  return { targetRole: target.role, moves, coachingAreas: coaching };
}
