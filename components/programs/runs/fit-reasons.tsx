/**
 * A pair's reasons as an admin reads them (the "about" voice: "Nadia's goal"), strongest
 * first, with the points each earned; trade-offs earn none and are still said.
 */
export function FitReasons({
  reasons,
}: {
  reasons: { code: string; about: string; points: number }[];
}) {
  return (
    <ul className="flex list-disc flex-col gap-1 pl-5 text-sm" data-testid="fit-reasons">
      {reasons.map((reason) => (
        <li key={reason.code}>
          {reason.about}
          {reason.points > 0 && <span className="text-slate-700"> (+{reason.points})</span>}
        </li>
      ))}
    </ul>
  );
}
