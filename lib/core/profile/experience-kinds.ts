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
