/**
 * What a change of fit weights would do, before it is saved: for a few sample goals of the
 * program, the person the fit scorer puts first under the current weights and under the draft.
 * Pure (the server loads the cohort, lib/server/programs/policy-preview.ts), so the same
 * answer comes from the same file.
 *
 * The sample is fixed: the first goals by id that anyone may be proposed for, so pressing
 * "preview" twice, or with other weights, shows the same goals. The rules a run follows hold
 * here too: the load and the excluded pairs of the program, and no pair across organisations
 * when the program keeps them in-house. Ties go to the smaller id, so the pick is stable.
 */
import {
  fitContext,
  fitScorer,
  pairKey,
  prepareFile,
  type FitScorer,
  type FitWeights,
  type PreparedFile,
  type PreparedGoal,
  type SupportKind,
} from '@/lib/core/matching/fit';
import { fitInWords } from '@/lib/core/matching/fit-words';
import type { EngineInput } from './runs/engine';

/** How many goals the preview shows. */
export const PREVIEW_GOALS = 4;
const GOAL_EXCERPT = 80;

export interface PreviewPick {
  personId: string;
  name: string;
  score: number;
  /** The score in words, as people read it ("Strong fit"). */
  words: string;
}

export interface PreviewRow {
  goalId: string;
  /** The goal's owner, by name. */
  owner: string;
  /** The start of the goal's text. */
  goal: string;
  kind: SupportKind;
  /** First under the saved weights; null when nobody may be proposed. */
  current: PreviewPick | null;
  /** First under the weights being edited. */
  draft: PreviewPick | null;
}

export interface PolicyPreview {
  rows: PreviewRow[];
  /** Rows whose first person differs between the two sets of weights. */
  changed: number;
}

/** What the policy form's preview action answers. */
export type PolicyPreviewState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  | { status: 'preview'; preview: PolicyPreview };

export type PreviewInput = Pick<
  EngineInput,
  'file' | 'load' | 'excludedPairs' | 'allowCrossOrganisation' | 'referenceDate'
> & { current: FitWeights; draft: FitWeights };

export function previewWeights(input: PreviewInput, goals = PREVIEW_GOALS): PolicyPreview {
  const prepared = prepareFile(input.file, input.referenceDate);
  const shared = {
    load: new Map(input.load),
    excludedPairs: new Set(input.excludedPairs.map(([a, b]) => pairKey(a, b))),
  };
  const current = fitScorer(prepared, fitContext({ ...shared, weights: input.current }));
  const draft = fitScorer(prepared, fitContext({ ...shared, weights: input.draft }));
  const supporters = [...prepared.people.values()]
    .filter(({ person }) => person.offers.mentoring || person.offers.coaching)
    .map(({ person }) => person)
    .sort((a, b) => compareIds(a.id, b.id));
  const byId = [...prepared.goals].sort((a, b) => compareIds(a.goal.id, b.goal.id));

  const rows: PreviewRow[] = [];
  let shown = 0;
  for (const goal of byId) {
    if (shown === goals) break;
    const owner = prepared.people.get(goal.goal.personId)?.person;
    if (!owner) continue;
    // Who a run could consider for this goal; the scorer's own rules decide the rest.
    const candidates = input.allowCrossOrganisation
      ? supporters
      : supporters.filter((person) => person.organization === owner.organization);
    const goalRows = goal.kinds.map((kind) => ({
      goalId: goal.goal.id,
      owner: owner.name,
      goal: excerpt(goal.goal.text),
      kind,
      current: firstFor(prepared, current, goal, kind, candidates),
      draft: firstFor(prepared, draft, goal, kind, candidates),
    }));
    // Eligibility does not depend on weights: a goal nobody may take is not a sample.
    if (goalRows.every((row) => row.current === null && row.draft === null)) continue;
    rows.push(...goalRows);
    shown += 1;
  }
  return {
    rows,
    changed: rows.filter((row) => row.current?.personId !== row.draft?.personId).length,
  };
}

function firstFor(
  prepared: PreparedFile,
  scorer: FitScorer,
  goal: PreparedGoal,
  kind: SupportKind,
  candidates: readonly { id: string }[],
): PreviewPick | null {
  let best: { id: string; score: number } | null = null;
  for (const { id } of candidates) {
    const score = scorer.score(goal, id, kind);
    // Candidates come in id order, so a tie keeps the earlier (smaller) id.
    if (score !== null && (best === null || score > best.score)) best = { id, score };
  }
  if (!best) return null;
  const name = prepared.people.get(best.id)?.person.name ?? best.id;
  return { personId: best.id, name, score: best.score, words: fitInWords(best.score) };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= GOAL_EXCERPT ? flat : `${flat.slice(0, GOAL_EXCERPT - 1).trimEnd()}…`;
}
