import { PageHeading } from '@/components/layout/page-heading';
import { signInAgainAction } from '@/app/(auth)/actions';

/**
 * An invitation followed while signed in with another address than the one it was sent to.
 * It names only the caller's own address: whom it is from, the goal, the note and the invited
 * address are for the invited person alone.
 */
export function SentElsewhere({ email, next }: { email: string; next: string }) {
  return (
    <>
      <PageHeading title="This invitation was sent to another address">
        You are signed in as <strong>{email}</strong>, but this invitation was sent to a different
        e-mail address. To see it, sign out and sign in with the address it was sent to.
      </PageHeading>
      <form action={signInAgainAction}>
        <input type="hidden" name="next" value={next} />
        <button
          type="submit"
          className="rounded bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800"
        >
          Sign out and sign in with another address
        </button>
      </form>
    </>
  );
}
