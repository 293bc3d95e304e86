/**
 * The guide on a relationship's page: the mentoring guide (first meeting, then later prompts),
 * or the coaching questions, which the coach picks from and the protégé reads as the questions
 * for their next meeting. Either person can turn it off for this relationship.
 */
import { Notice } from '@/components/layout/notice';
import { MAX_PICKED_QUESTIONS, pickedQuestions } from '@/lib/core/guides/choose-guide';
import type { RelationshipGuide } from '@/lib/core/guides/types';
import { GuidesOnForm, PickQuestionsForm } from './guide-forms';

const DONE_WORDS = {
  on: 'The guide is back on.',
  off: 'The guide is off for this relationship. Either of you can turn it back on.',
  picked: 'Saved: these questions go with the next meeting invitation.',
} as const;
export type GuideDone = keyof typeof DONE_WORDS;
export const isGuideDone = (value: string | undefined): value is GuideDone =>
  value !== undefined && value in DONE_WORDS;

interface Props {
  relationshipId: string;
  guide: RelationshipGuide;
  guidesOn: boolean;
  pickedQuestionIds: string[];
  isCoach: boolean;
  beforeFirstMeeting: boolean;
  ended: boolean;
  otherName: string;
  done?: GuideDone;
}

function QuestionList({ questions }: { questions: { id: string; text: string }[] }) {
  return (
    <ul className="mb-3 list-disc pl-5" data-testid="guide-questions">
      {questions.map((question) => (
        <li key={question.id}>{question.text}</li>
      ))}
    </ul>
  );
}

function Body(props: Props) {
  const { guide } = props;
  if (guide.kind === 'mentoring')
    return props.beforeFirstMeeting ? (
      <>
        <h3 className="mb-1 font-medium">For your first meeting: the path</h3>
        <QuestionList questions={guide.firstMeeting} />
      </>
    ) : (
      <>
        <h3 className="mb-1 font-medium">For your next meetings</h3>
        <QuestionList questions={guide.later} />
      </>
    );
  const picked = pickedQuestions(props.pickedQuestionIds);
  if (props.isCoach)
    return props.ended ? (
      <QuestionList questions={guide.sets.flatMap((set) => set.questions)} />
    ) : (
      <PickQuestionsForm
        relationshipId={props.relationshipId}
        sets={guide.sets}
        picked={props.pickedQuestionIds}
        max={MAX_PICKED_QUESTIONS}
      />
    );
  return (
    <>
      <h3 className="mb-1 font-medium">Questions for your next meeting</h3>
      {picked.length ? (
        <QuestionList questions={picked} />
      ) : (
        <p className="mb-3 text-slate-700">
          {props.otherName} has not picked questions yet. They help you find your own answers; you
          can also bring your own.
        </p>
      )}
    </>
  );
}

export function GuideSection(props: Props) {
  const title = props.guide.kind === 'mentoring' ? 'Your mentoring guide' : 'Your coaching guide';
  return (
    <section aria-labelledby="guide" className="mb-8" data-testid="guide">
      <h2 id="guide" className="mb-2 font-semibold">
        {title}
      </h2>
      {props.done && <Notice>{DONE_WORDS[props.done]}</Notice>}
      {props.guidesOn ? (
        <Body {...props} />
      ) : (
        <p className="mb-3 text-slate-700">
          The guide is off for this relationship: it is not shown here or sent with meeting
          invitations.
        </p>
      )}
      {!props.ended && <GuidesOnForm relationshipId={props.relationshipId} on={props.guidesOn} />}
    </section>
  );
}
