/** The choice lists the forms share, in the words people see. */
import { GOAL_NEEDS, NEED_LABELS } from '@/lib/core/goals/needs';
import { LEVELS } from '@/lib/core/profile/levels';
import { COUNTRIES } from '@/lib/core/profile/places';

export interface Option {
  value: string;
  label: string;
}

export const LEVEL_OPTIONS: Option[] = LEVELS.map(({ level, name }) => ({
  value: String(level),
  label: `${level} · ${name}`,
}));

export const COUNTRY_OPTIONS: Option[] = COUNTRIES.map(({ code, name }) => ({
  value: code,
  label: name,
}));

export const CLARITY_OPTIONS: Option[] = [
  { value: 'CLEAR', label: 'I know where I want to go' },
  { value: 'EXPLORING', label: 'I am still exploring' },
];

export const NEED_OPTIONS: Option[] = GOAL_NEEDS.map((need) => ({
  value: need,
  label: NEED_LABELS[need],
}));
