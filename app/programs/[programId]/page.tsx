import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/forms/action-button';
import { PolicyForm } from '@/components/programs/policy-form';
import { requireUser } from '@/lib/server/auth/session';
import { findProgram } from '@/lib/server/programs/programs';
import {
  previewPolicyAction,
  renewJoinCodeAction,
  updatePolicyAction,
} from '@/app/programs/actions';
import { siteOrigin } from '@/lib/server/site-origin';
import { NeverPairsList } from '@/components/programs/never-pairs-list';
import { listNeverPairs } from '@/lib/server/programs/pairs/never-pair';
import { allowPairAgainAction } from '@/app/programs/[programId]/pairing/actions';

export const metadata: Metadata = { title: 'Program' };

export default async function ProgramPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  const actor = await requireUser();
  const program = await findProgram({ actor, programId });
  if (!program) notFound();
  const neverPairs = await listNeverPairs({ actor, programId });
  const joinUrl = `${siteOrigin()}/join/${program.joinCode}`;
  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
      <section aria-labelledby="policy">
        <h2 id="policy" className="mb-3 text-lg font-semibold">
          Policy
        </h2>
        {program.archivedAt && (
          <p className="mb-3 text-slate-700">
            The program is archived: this is the policy it ended with, and it can no longer change.
          </p>
        )}
        <fieldset disabled={program.archivedAt !== null} className="contents">
          <legend className="sr-only">Policy settings</legend>
          <PolicyForm
            action={updatePolicyAction}
            previewAction={previewPolicyAction}
            programId={program.id}
            policy={{
              weights: program.weights,
              openRequestCap: program.openRequestCap,
              remindAfterDays: program.remindAfterDays,
              expireAfterDays: program.expireAfterDays,
              defaultCapacity: program.defaultCapacity,
              allowCrossOrganisation: program.allowCrossOrganisation,
            }}
          />
        </fieldset>
      </section>
      <section aria-labelledby="about">
        <h2 id="about" className="mb-3 text-lg font-semibold">
          About
        </h2>
        {program.description && <p className="mb-3 whitespace-pre-line">{program.description}</p>}
        <h3 className="font-medium">Invitation link</h3>
        <p className="mb-2 text-sm text-slate-700">
          Anyone signed in who follows it joins the program. A new link retires this one.
        </p>
        <p className="mb-2 text-sm break-all" data-testid="join-link">
          {joinUrl}
        </p>
        {!program.archivedAt && (
          <div className="mb-4">
            <ActionButton
              action={renewJoinCodeAction}
              fields={{ programId: program.id }}
              label="Make a new link"
            />
          </div>
        )}
        <h3 className="font-medium">Admins</h3>
        <ul className="list-disc pl-5">
          {program.admins.map(({ user }) => (
            <li key={user.id}>
              {user.name} <span className="text-sm text-slate-700">({user.email})</span>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-sm">
          <Link href={`/programs/${program.id}/settings`}>Add or remove admins</Link>
        </p>
        <h3 className="mt-4 font-medium">Never paired</h3>
        <NeverPairsList
          programId={program.id}
          rules={neverPairs}
          allowAgain={allowPairAgainAction}
        />
      </section>
    </div>
  );
}
