/**
 * Said on every page of a program that cannot do everything: an archived one is read-only,
 * and outside its window no run starts and no invitation goes out.
 */
export function ProgramStateBanner(props: {
  archivedOn: string | null;
  outsideWindow: string | null;
}) {
  const { archivedOn, outsideWindow } = props;
  if (!archivedOn && !outsideWindow) return null;
  return (
    <div
      className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-slate-900"
      data-testid="program-state"
    >
      {archivedOn ? (
        <p>
          <strong>Archived</strong> on {archivedOn}. The program is read-only: everything in it can
          be read and downloaded, but nothing can change, and no run or invitation can start.
        </p>
      ) : (
        <p>{outsideWindow} Change the dates in Settings.</p>
      )}
    </div>
  );
}
