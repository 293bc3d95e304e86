import type { ReactNode } from 'react';
import { REASON_WORDS } from '@/lib/core/programs/health/tables';
import type { ProgramHealth } from '@/lib/core/programs/health/types';
import { HealthSection } from './health-section';

/**
 * Relationships an admin should look at. No chart: it is a list of people, with the private
 * note left on ending, which is written for the program's admins.
 */
export function NeedsALookSection({ health, table }: { health: ProgramHealth; table: ReactNode }) {
  const { total, relationships } = health.needsALook;
  return (
    <HealthSection
      id="needs-a-look"
      title="Relationships that need a look"
      wide
      about={`${Object.values(REASON_WORDS).join(', ')}. Still going first, the longest waiting at the top.`}
      empty={total === 0 && 'Nothing needs a look right now.'}
    >
      {total > relationships.length && (
        <p className="text-sm text-slate-700">
          Showing the {relationships.length} most pressing of {total}.
        </p>
      )}
      {table}
    </HealthSection>
  );
}
