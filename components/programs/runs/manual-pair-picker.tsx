'use client';
/**
 * Choosing someone to pair a goal with by hand. Choosing only looks: the form asks for the
 * same page with the chosen person (`?with=`), which then shows the pair's fit and reasons and
 * whether every rule allows it, before anything is saved.
 */
import { useForm } from '@conform-to/react';
import { PersonPicker, type PersonSearch } from '@/components/forms/person-picker';

export function ManualPairPicker(props: {
  runId: string;
  goalId: string;
  kind: 'MENTOR' | 'COACH';
  /** The look-up by name, given the need as well as what was typed. */
  searchAction: (input: {
    runId: string;
    goalId: string;
    kind: 'MENTOR' | 'COACH';
    query: string;
  }) => ReturnType<PersonSearch>;
}) {
  const { searchAction, ...need } = props;
  const [form, fields] = useForm<{ with: string }>({ id: 'manual-pair' });
  const helper = props.kind === 'MENTOR' ? 'mentor' : 'coach';
  return (
    <form id={form.id} method="get" className="flex flex-wrap items-end gap-3">
      <div className="min-w-72">
        <PersonPicker
          field={fields.with}
          label={`Someone else as ${helper}`}
          hint={`Type part of a name: members of the program who offer ${helper === 'mentor' ? 'mentoring' : 'coaching'}.`}
          initial={null}
          search={(query) => searchAction({ ...need, query })}
        />
      </div>
      <button
        type="submit"
        className="rounded border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50"
      >
        Show their fit
      </button>
    </form>
  );
}
