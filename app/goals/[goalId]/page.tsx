import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { NEED_LABELS, type GoalNeed } from '@/lib/core/goals/needs';
import { levelName } from '@/lib/core/profile/levels';
import { requireMember } from '@/lib/server/auth/session';
import { findOwnGoal } from '@/lib/server/goals/goals';
import { readOwnGoalIntent } from '@/lib/server/goals/intent';
import { intentInWords } from '@/lib/core/goals/intent/in-words';
import { IntentCard } from '@/components/goals/intent-card';
import { ClearIntentButton } from './clear-intent-button';
import { IntentForm } from './intent-form';
import { GOAL_HORIZONS } from '@/lib/validation/goal';
import { GOAL_VISIBILITY } from '@/lib/core/goals/visibility';
import { TriageCard } from '@/components/goals/triage-card';
import { DeleteGoalButton } from './delete-goal-button';
import { deletionQuestion } from '@/lib/core/goals/deletion-question';
import { goalDeletionImpact } from '@/lib/server/goals/delete-goal';
import { GoalQuestionsForm } from './goal-questions-form';
import { HelpChoiceForm } from './help-choice-form';
import { OutsideInvitations } from './outside-invitations';
import { Suggestions } from './suggestions';

export const metadata: Metadata = { title: 'Goal' };

const SAVED_WORDS: Record<string, string> = {
  goal: 'Your goal is saved.',
  answers: 'Thanks: the suggestion now uses your answers.',
  intent: 'Thanks: matching now reads your goal the way you put it.',
  reading: 'Matching reads your goal from your words again.',
  hidden:
    'We will not suggest them to you again, for any goal. You can undo it on Account, under blocks and hidden people.',
};

interface Props {
  params: Promise<{ goalId: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export default async function GoalPage({ params, searchParams }: Props) {
  const actor = await requireMember();
  const [{ goalId }, { saved }] = await Promise.all([params, searchParams]);
  const goal = await findOwnGoal({ actor, goalId });
  if (!goal) notFound();
  const [reading, impact] = await Promise.all([
    readOwnGoalIntent({ actor, goal }),
    goalDeletionImpact({ actor, goalId: goal.id }),
  ]);
  const { targetRole, moves } = reading.intent;
  const details: [string, string][] = [['Who can see it', GOAL_VISIBILITY[goal.visibility].shown]];
  if (goal.targetTitle) details.push(['Target role', goal.targetTitle]);
  if (goal.targetLevel) details.push(['Target level', levelName(goal.targetLevel)]);
  if (goal.horizon) details.push(['When', GOAL_HORIZONS[goal.horizon]]);
  if (goal.clarity)
    details.push([
      'Clarity',
      goal.clarity === 'CLEAR' ? 'I know where I want to go' : 'Still exploring',
    ]);
  if (goal.needs.length)
    details.push([
      'Help wanted',
      goal.needs.map((need) => NEED_LABELS[need as GoalNeed] ?? need).join(', '),
    ]);
  return (
    <>
      <PageHeading title="Your goal" />
      {saved && saved !== 'invited' && <Notice>{SAVED_WORDS[saved] ?? SAVED_WORDS.goal}</Notice>}
      <blockquote
        className="mb-6 border-l-4 border-indigo-300 pl-4 whitespace-pre-line"
        data-testid="goal-statement"
        dir="auto"
      >
        {goal.statement}
      </blockquote>
      {details.length > 0 && (
        <dl
          data-testid="goal-details"
          className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1"
        >
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-slate-700">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <IntentCard
        sentence={intentInWords(reading.intent, reading.standing)}
        corrected={reading.corrected}
        correction={
          <>
            <IntentForm
              defaults={{
                goalId: goal.id,
                targetTitle: targetRole.title ?? '',
                targetLevel: targetRole.level ? String(targetRole.level) : '',
                targetFunction: targetRole.function ?? '',
                moves,
              }}
            />
            {reading.corrected && (
              <div className="mt-4">
                <ClearIntentButton goalId={goal.id} />
              </div>
            )}
          </>
        }
      />
      {goal.triageKind && (
        <>
          <TriageCard
            triageKind={goal.triageKind}
            confidence={goal.triageConfidence ?? 0}
            reasons={goal.triageReasons ?? []}
            chosenKind={goal.chosenKind}
          />
          <div className="mb-8">
            <HelpChoiceForm goalId={goal.id} chosen={goal.chosenKind} />
          </div>
        </>
      )}
      <Suggestions actor={actor} goalId={goal.id} />
      <OutsideInvitations
        actor={actor}
        goalId={goal.id}
        justSent={saved === 'invited'}
        kind={(goal.chosenKind ?? goal.triageKind) === 'COACH' ? 'COACH' : 'MENTOR'}
      />
      <details className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <summary className="cursor-pointer font-medium">
          Sharpen the suggestion: two optional questions
        </summary>
        <div className="mt-4">
          <GoalQuestionsForm
            defaults={{
              goalId: goal.id,
              clarity: goal.clarity ?? undefined,
              needs: goal.needs as GoalNeed[],
            }}
          />
        </div>
      </details>
      <div className="flex items-baseline gap-6">
        <Link href={`/goals/${goal.id}/edit`}>Edit this goal</Link>
        <DeleteGoalButton
          goalId={goal.id}
          question={deletionQuestion(impact ?? { relationships: [], openRequests: 0 })}
        />
      </div>
    </>
  );
}
