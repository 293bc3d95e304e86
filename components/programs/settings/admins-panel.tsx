'use client';
/**
 * Who runs the program: the admins, each removable with a confirmation (not the last one),
 * and a form that adds someone by e-mail.
 */
import { ConfirmButton } from '@/components/forms/confirm-button';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm, type ServerFormAction } from '@/components/forms/use-server-form';
import { addAdminSchema } from '@/lib/validation/program-management';

export function AdminsPanel(props: {
  programId: string;
  admins: { id: string; name: string; email: string }[];
  viewerId: string;
  /** A platform admin may add anyone with an account; a program admin, the program's members. */
  addsAnyone: boolean;
  readOnly: boolean;
  add: ServerFormAction;
  remove: ServerFormAction;
}) {
  const { programId, admins, viewerId, addsAnyone, readOnly, add, remove } = props;
  const { form, fields, formAction, pending } = useServerForm(add, addAdminSchema);
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-2" data-testid="admins">
        {admins.map((admin) => (
          <li key={admin.id} className="flex flex-wrap items-center gap-3">
            <span dir="auto">
              {admin.name} <span className="text-sm text-slate-700">({admin.email})</span>
              {admin.id === viewerId && <span className="text-sm text-slate-700"> · you</span>}
            </span>
            {!readOnly && admins.length > 1 && (
              <ConfirmButton
                action={remove}
                fields={{ programId, userId: admin.id }}
                label="Remove"
                context={`${admin.name} as admin`}
                question={
                  admin.id === viewerId
                    ? 'Remove yourself as admin? You will no longer see or run this program.'
                    : `Remove ${admin.name} as admin? They will no longer see or run this program.`
                }
                confirmLabel="Yes, remove"
              />
            )}
          </li>
        ))}
      </ul>
      {admins.length === 1 && !readOnly && (
        <p className="text-sm text-slate-700">
          A program always keeps one admin: add another before removing this one.
        </p>
      )}
      {!readOnly && (
        <ServerForm form={form} action={formAction}>
          <input type="hidden" name="programId" value={programId} />
          <TextField
            field={fields.email}
            label="E-mail of the new admin"
            type="email"
            hint={
              addsAnyone
                ? 'Anyone with an account on the platform.'
                : 'A member of this program: someone on the People page.'
            }
          />
          {form.status === 'success' && !pending && (
            <p role="status" className="text-sm text-green-800">
              Added. They can run this program now.
            </p>
          )}
          <FormFooter
            pending={pending}
            errors={form.errors}
            label="Add admin"
            pendingLabel="Adding…"
          />
        </ServerForm>
      )}
    </div>
  );
}
