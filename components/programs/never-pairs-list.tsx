/**
 * The program's "never pair these two" rules, with a way to lift each: until lifted, no run,
 * swap or manual pairing puts the two together.
 */
import { ActionButton } from '@/components/forms/action-button';
import type { ServerFormAction } from '@/components/forms/use-server-form';

export function NeverPairsList(props: {
  programId: string;
  rules: { firstId: string; secondId: string; names: readonly [string, string] }[];
  allowAgain: ServerFormAction;
}) {
  const { programId, rules, allowAgain } = props;
  if (rules.length === 0)
    return (
      <p className="text-sm text-slate-700">
        None. On a proposal’s side-by-side view you can rule out a pair for this program.
      </p>
    );
  return (
    <ul className="flex flex-col gap-2" data-testid="never-pairs">
      {rules.map((rule) => {
        const pair = `${rule.names[0]} and ${rule.names[1]}`;
        return (
          <li
            key={`${rule.firstId}-${rule.secondId}`}
            className="flex flex-wrap items-center gap-2"
          >
            <span dir="auto">{pair}</span>
            <ActionButton
              action={allowAgain}
              fields={{ programId, firstId: rule.firstId, secondId: rule.secondId }}
              label="Allow again"
              context={pair}
            />
          </li>
        );
      })}
    </ul>
  );
}
