import type { Metadata } from 'next';
import { PageHeading } from '@/components/layout/page-heading';
import { requireUser } from '@/lib/server/auth/session';
import { listDirectory } from '@/lib/server/directory/list-directory';
import { ExperienceForm } from './experience-form';

export const metadata: Metadata = { title: 'Add a career step' };

export default async function NewExperiencePage() {
  await requireUser();
  const { functions } = await listDirectory();
  return (
    <>
      <PageHeading title="Add a career step">
        A role you held or a move you made. These steps are what makes you a good mentor for someone
        on the same path.
      </PageHeading>
      <ExperienceForm functions={functions} />
    </>
  );
}
