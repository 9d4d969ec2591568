import { describe, expect, it } from 'vitest';
import { trailingReload } from './trailing-reload';

describe('trailingReload', () => {
  it('runs once more after a reload that was asked for again while in flight, and only once', async () => {
    const finishers: Array<() => void> = [];
    let calls = 0;
    const reload = trailingReload(() => {
      calls += 1;
      return new Promise<void>((resolve) => finishers.push(resolve));
    });
    reload();
    reload(); // a second change while the first reload is in flight
    reload(); // and a third: still one trailing reload
    expect(calls).toBe(1);
    finishers[0]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
    finishers[1]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
  });
});
