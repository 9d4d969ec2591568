import { appendFileSync } from 'node:fs';

/**
 * Where the time of one live event goes inside a server instance, for `pnpm bench live-events`
 * (issue 18): with `LIVE_TRACE_FILE` set, each event the feed hands on gets one JSON line there
 * once its frames are written. Times are wall-clock milliseconds with a fraction (comparable with
 * the event's `occurredAt` and with another process on the same machine). Off (no cost but a
 * null check) when the variable is unset.
 *
 * - `notified`: the first NOTIFY received since the previous read that found events;
 * - `readStart` / `readEnd`: the feed's read that returned the event, and `emptyReads` before it
 *   (reads that found nothing, e.g. held back by an older transaction still running);
 * - `dispatched`: the fan-out took its batch; `viewsRead`: the events' views were read (one read per
 *   batch); `firstExecuted` / `executed`: the first and the last group's result was ready;
 * - `written`: the last frame of the event was handed to its sockets.
 */
export interface LiveTraceLine {
  id: string;
  occurredAt: number;
  notified: number | null;
  emptyReads: number;
  readStart: number;
  readEnd: number;
  dispatched?: number;
  viewsRead?: number;
  firstExecuted?: number;
  executed?: number;
  written?: number;
  groups?: number;
  sockets?: number;
  /** Executions of the document for this event (groups that share one count once). */
  executions?: number;
}

export const now = (): number => performance.timeOrigin + performance.now();

export class LiveTrace {
  private readonly open = new Map<string, LiveTraceLine>();

  constructor(private readonly file: string) {}

  static fromEnv(): LiveTrace | null {
    const file = process.env.LIVE_TRACE_FILE;
    return file ? new LiveTrace(file) : null;
  }

  begin(line: LiveTraceLine): void {
    this.open.set(line.id, line);
  }

  /** `executed` and `written` keep the last mark (the event's last group), the others the first. */
  mark(id: string, stage: 'dispatched' | 'viewsRead' | 'executed' | 'written', at = now()): void {
    const line = this.open.get(id);
    if (!line) return;
    if (stage === 'executed') line.firstExecuted ??= at;
    if (stage === 'executed' || stage === 'written' || line[stage] === undefined) line[stage] = at;
  }

  executed(id: string): void {
    const line = this.open.get(id);
    if (line) line.executions = (line.executions ?? 0) + 1;
  }

  /** The event is done on this instance: its line goes to the file. */
  end(id: string, counts: { groups: number; sockets: number }): void {
    const line = this.open.get(id);
    if (!line) return;
    this.open.delete(id);
    line.written ??= now();
    appendFileSync(this.file, `${JSON.stringify({ ...line, ...counts })}\n`);
  }
}
