import { EXPERIENCE_KINDS } from '@/lib/core/profile/experience-kinds';
import { levelName } from '@/lib/core/profile/levels';
import { countryName } from '@/lib/core/profile/places';
import type { listOwnExperiences } from '@/lib/server/experiences/experiences';
import { deleteExperienceAction } from './actions';
import { DeleteButton } from '@/components/forms/delete-button';

type Experience = Awaited<ReturnType<typeof listOwnExperiences>>[number];

export function ExperienceList({ experiences }: { experiences: Experience[] }) {
  if (experiences.length === 0) return <p className="text-slate-700">No career steps yet.</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid="experience-list">
      {experiences.map((step) => (
        <li key={step.id} className="rounded-md border border-slate-200 bg-white p-4">
          <p className="font-medium">
            {step.title}, {step.organisation}
          </p>
          <p className="text-sm text-slate-700">
            {EXPERIENCE_KINDS[step.kind]} · {levelName(step.level)} ·{' '}
            {step.function?.name ?? 'No function'} · {countryName(step.country)} · {step.startYear}–
            {step.endYear ?? 'now'}
          </p>
          {step.description && <p className="mt-1">{step.description}</p>}
          <DeleteButton
            action={deleteExperienceAction}
            fields={{ id: step.id }}
            label="Remove"
            context={`${step.title}, ${step.organisation}`}
          />
        </li>
      ))}
    </ul>
  );
}
