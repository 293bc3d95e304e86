/** Kinds of career step, in the words a person sees; ids match the ExperienceKind enum. */
export const EXPERIENCE_KINDS = {
  PROMOTION: 'Promotion',
  FUNCTION_CHANGE: 'Move to another function',
  COUNTRY_MOVE: 'Move to another country',
  FOUNDED_COMPANY: 'Founded a company',
  CAREER_BREAK_RETURN: 'Returned from a career break',
  OTHER: 'Other',
} as const;

export type ExperienceKindId = keyof typeof EXPERIENCE_KINDS;
export const EXPERIENCE_KIND_IDS = Object.keys(EXPERIENCE_KINDS) as ExperienceKindId[];

/** The same kinds in the people-and-goals file format (lib/core/matching/people-file.ts). */
export const FILE_STEP_KIND = {
  PROMOTION: 'promotion',
  FUNCTION_CHANGE: 'function-change',
  COUNTRY_MOVE: 'international-move',
  FOUNDED_COMPANY: 'founded-company',
  CAREER_BREAK_RETURN: 'career-break-return',
  OTHER: 'other',
} as const satisfies Record<ExperienceKindId, string>;

export const fileStepKind = (kind: string) =>
  FILE_STEP_KIND[kind as ExperienceKindId] ?? FILE_STEP_KIND.OTHER;
