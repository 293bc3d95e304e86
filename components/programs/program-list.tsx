import Link from 'next/link';

/** A list of programs, each linking to its pages, with how many people it has. */
export function ProgramList(props: {
  programs: { id: string; name: string; description: string; _count: { members: number } }[];
  empty: string;
}) {
  const { programs, empty } = props;
  if (programs.length === 0) return <p className="mb-8">{empty}</p>;
  return (
    <ul className="mb-8 flex flex-col gap-3" data-testid="program-list">
      {programs.map((program) => (
        <li key={program.id} className="rounded border border-slate-200 bg-white p-3">
          <Link href={`/programs/${program.id}`} className="font-medium">
            {program.name}
          </Link>
          <p className="text-sm text-slate-700">
            {program._count.members} {program._count.members === 1 ? 'person' : 'people'}
            {program.description && ` · ${program.description}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
