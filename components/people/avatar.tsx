import { avatarTone, initialsOf } from '@/lib/core/people/initials';

const SIZES = { small: 'size-8 text-xs', large: 'size-16 text-xl' } as const;

/**
 * A person's initials in a circle of their own colour. The name is always written beside it,
 * so the circle is decoration to a screen reader.
 */
export function Avatar({
  id,
  name,
  size = 'small',
}: {
  id: string;
  name: string;
  size?: keyof typeof SIZES;
}) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white ${SIZES[size]} ${avatarTone(id)}`}
    >
      {initialsOf(name)}
    </span>
  );
}
