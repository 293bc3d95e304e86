import type { StoredHelpKind } from '@/lib/core/goals/goal-triage';

/** What a mentor and a coach are, in the product's own words, shown beside a recommendation. */
export const HELP_KIND_NAMES: Record<StoredHelpKind, string> = {
  MENTOR: 'a mentor',
  COACH: 'a coach',
  BOTH: 'a mentor and a coach',
};

export function HelpKindsExplained() {
  return (
    <details className="mt-4 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-slate-800">
        What is the difference?
      </summary>
      <dl className="mt-2 flex flex-col gap-2">
        <div>
          <dt className="font-medium">A mentor</dt>
          <dd>
            has already made the journey you are planning. When you know where you want to go, they
            can tell you how it really works there, from their own experience: useful for senior
            roles and for paths few people have taken.
          </dd>
        </div>
        <div>
          <dt className="font-medium">A coach</dt>
          <dd>
            helps you build a skill, find your direction or make sense of feedback. They do not hand
            you answers; they ask the questions that help you find your own, and give you an outside
            view.
          </dd>
        </div>
      </dl>
    </details>
  );
}
