/** The numbers behind the growth chart: which part of the WHO curves to show and where things land. */

export interface ReferenceRow {
  x: number;
  measure?: 'LENGTH' | 'HEIGHT' | null;
  sdNeg3: number;
  sdNeg2: number;
  median: number;
  sd2: number;
  sd3: number;
}

/** The five labelled lines, top to bottom. */
export const SD_LINES = [
  { key: 'sd3', label: '+3' },
  { key: 'sd2', label: '+2' },
  { key: 'median', label: '0' },
  { key: 'sdNeg2', label: '−2' },
  { key: 'sdNeg3', label: '−3' },
] as const;
export type SdKey = (typeof SD_LINES)[number]['key'];

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const BOX: Box = { width: 360, height: 300, left: 42, right: 30, top: 10, bottom: 42 };

/**
 * The x range: around the child's points with some room (at least `minSpan`), within the table;
 * the whole table when there are no points.
 */
export function xDomain(rows: readonly ReferenceRow[], xs: readonly number[], minSpan: number): [number, number] {
  const first = rows[0]?.x ?? 0;
  const last = rows.at(-1)?.x ?? 1;
  if (!xs.length) return [first, last];
  const pad = minSpan / 6;
  let lo = Math.max(first, Math.floor(Math.min(...xs) - pad));
  let hi = Math.min(last, Math.ceil(Math.max(...xs) + pad));
  if (hi - lo < minSpan) {
    hi = Math.min(last, lo + minSpan);
    lo = Math.max(first, hi - minSpan);
  }
  return [lo, hi];
}

/** The rows to draw: those inside the range, plus one on each side so the lines reach the edges. */
export function visibleRows(rows: readonly ReferenceRow[], [lo, hi]: [number, number]): ReferenceRow[] {
  const start = Math.max(0, rows.findIndex((r) => r.x >= lo) - 1);
  let end = rows.findIndex((r) => r.x > hi);
  end = end < 0 ? rows.length : Math.min(rows.length, end + 1);
  return rows.slice(start, end);
}

export function yDomain(
  rows: readonly ReferenceRow[],
  ys: readonly number[],
  [lo, hi]: [number, number],
): [number, number] {
  const inside = rows.filter((r) => r.x >= lo && r.x <= hi);
  const values = [...inside.flatMap((r) => [r.sdNeg3, r.sd3]), ...ys];
  if (!values.length) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.05 || 1;
  return [min - pad, max + pad];
}

/** A linear scale from a domain onto pixels. */
export function scale([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (v) => Math.round((r0 + (v - d0) * k) * 100) / 100;
}

/** Round tick steps (1, 2, 5 × 10ⁿ) giving about `count` ticks. */
export function ticks([lo, hi]: [number, number], count: number): number[] {
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/** Consecutive rows of the same measure: the length and height pieces are drawn apart (the 24-month step). */
export function pieces(rows: readonly ReferenceRow[]): ReferenceRow[][] {
  const out: ReferenceRow[][] = [];
  for (const r of rows) {
    const last = out.at(-1);
    if (last && (last[0]!.measure ?? null) === (r.measure ?? null)) last.push(r);
    else out.push([r]);
  }
  return out;
}
