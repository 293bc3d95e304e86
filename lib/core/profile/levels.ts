/** The one career ladder every organisation on the platform maps its grades onto. */
export const LEVELS = [
  { level: 1, name: 'Entry' },
  { level: 2, name: 'Associate' },
  { level: 3, name: 'Professional' },
  { level: 4, name: 'Senior' },
  { level: 5, name: 'Lead' },
  { level: 6, name: 'Director' },
  { level: 7, name: 'Vice president' },
  { level: 8, name: 'Executive' },
] as const;

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 8;

export function levelName(level: number): string {
  return LEVELS.find((entry) => entry.level === level)?.name ?? `Level ${level}`;
}
