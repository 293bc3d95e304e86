/**
 * One time on both people's clocks: the reader's first, then the other person's, each with
 * its zone, so neither has to work out the difference.
 */
import { meetingTimeWords, zoneWords } from '@/lib/core/meetings/time-words';

export interface Clocks {
  mine: string;
  theirs: string;
  otherName: string;
}

export function bothClocksWords(time: Date, clocks: Clocks) {
  return {
    mine: `${meetingTimeWords(time, clocks.mine)} (${zoneWords(time, clocks.mine)})`,
    theirs: `${meetingTimeWords(time, clocks.theirs)} for ${clocks.otherName} (${zoneWords(time, clocks.theirs)})`,
  };
}

export function BothClocks({ time, clocks }: { time: Date; clocks: Clocks }) {
  const words = bothClocksWords(time, clocks);
  return (
    <span className="flex flex-col">
      <time dateTime={time.toISOString()} className="font-medium" data-testid="my-time">
        {words.mine}
      </time>
      <span className="text-sm text-slate-700" data-testid="their-time">
        {words.theirs}
      </span>
    </span>
  );
}
