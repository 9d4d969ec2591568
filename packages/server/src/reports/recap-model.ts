/**
 * The SPM recap's numbers (issue 15 item 2), from rollup cells: pure arithmetic, no SQL, so that
 * the screen, the PDF, the CSV/XLSX and the property test all add up the same way.
 *
 * A case registered in the period is in exactly one outcome cell: in progress, open and overdue,
 * completed on time, completed late, declined, settled at village level, withdrawn, cannot be
 * served (or `otherClosed`, a final state of a plugin outside this vocabulary). Returns (bukan
 * wewenang) are events counted beside them: a returned case is also in one of the cells.
 */

/** Decline reason codes (issue 14's outcomes): every report lists each, zeros included. */
export const DECLINE_REASON_CODES = ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'] as const;

/** Kinds of settlement at village level (issue 14's outcomes): every report lists each, zeros included. */
export const SETTLEMENT_KIND_CODES = ['MUSYAWARAH', 'DIRECT_HELP'] as const;

/** The cells the rollup keeps per case; `RETURNED` counts events. */
export const RECAP_CELLS = [
  'OPEN',
  'COMPLETED_ON_TIME',
  'COMPLETED_LATE',
  'DECLINED',
  'SETTLED_AT_VILLAGE',
  'WITHDRAWN',
  'CANNOT_BE_SERVED',
  'OTHER',
  'RETURNED',
] as const;
export type RecapCell = (typeof RECAP_CELLS)[number];

/** One group of rollup rows: a cell, its reason, and for completions the working days taken. */
export interface CellCount {
  cell: RecapCell;
  reason: string;
  /** Working days from registration to completion (60 = 60 or more); -1 for other cells. */
  workingDays: number;
  n: number;
}

export interface RecapCounts {
  received: number;
  inProgress: number;
  openOverdue: number;
  completedOnTime: number;
  completedLate: number;
  declined: number;
  declinedByReason: Array<{ reason: string; count: number }>;
  settledAtVillage: number;
  settledAtVillageByKind: Array<{ kind: string; count: number }>;
  withdrawn: number;
  cannotBeServed: number;
  otherClosed: number;
  returned: number;
  /** Median working days from registration to completion; null when nothing was completed. */
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  /** completedOnTime ÷ (completedOnTime + completedLate + openOverdue); null when that is 0. */
  onTimeRate: number | null;
}

/** The outcome cells of a row: each case of the row is in exactly one, so they add up to `received`. */
export const OUTCOME_FIELDS = [
  'inProgress',
  'openOverdue',
  'completedOnTime',
  'completedLate',
  'declined',
  'settledAtVillage',
  'withdrawn',
  'cannotBeServed',
  'otherClosed',
] as const satisfies ReadonlyArray<keyof RecapCounts>;

/** Nearest-rank percentile of a histogram of working days: the smallest d with ⌈p·N⌉ cases at or below. */
export function percentileOf(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (!total) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const d of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(d) ?? 0;
    if (seen >= rank) return d;
  }
  return null;
}

/** Every code, zeros included; then any other with cases (e.g. '' for a decline before codes existed). */
function everyCode(codes: readonly string[], counts: ReadonlyMap<string, number>): Array<[string, number]> {
  return [
    ...codes.map((code): [string, number] => [code, counts.get(code) ?? 0]),
    ...[...counts]
      .filter(([code, count]) => count !== 0 && !codes.includes(code))
      .sort(([a], [b]) => a.localeCompare(b)),
  ];
}

/**
 * The counts of a row from its cells and its open overdue cases (counted live: "overdue" depends on
 * now). Open cases not overdue are in progress.
 */
export function recapCounts(cells: readonly CellCount[], openOverdue: number): RecapCounts {
  const sum = (cell: RecapCell) => cells.filter((c) => c.cell === cell).reduce((a, c) => a + c.n, 0);
  const open = sum('OPEN');
  const reasons = new Map<string, number>();
  const kinds = new Map<string, number>();
  const histogram = new Map<number, number>();
  for (const c of cells) {
    if (c.cell === 'DECLINED') reasons.set(c.reason, (reasons.get(c.reason) ?? 0) + c.n);
    if (c.cell === 'SETTLED_AT_VILLAGE') kinds.set(c.reason, (kinds.get(c.reason) ?? 0) + c.n);
    if ((c.cell === 'COMPLETED_ON_TIME' || c.cell === 'COMPLETED_LATE') && c.workingDays >= 0) {
      histogram.set(c.workingDays, (histogram.get(c.workingDays) ?? 0) + c.n);
    }
  }
  const counts: RecapCounts = {
    received: 0,
    inProgress: open - openOverdue,
    openOverdue,
    completedOnTime: sum('COMPLETED_ON_TIME'),
    completedLate: sum('COMPLETED_LATE'),
    declined: sum('DECLINED'),
    // Every code, zeros included; a decline without a code (before issue 14's outcomes) after them.
    declinedByReason: everyCode(DECLINE_REASON_CODES, reasons).map(([reason, count]) => ({ reason, count })),
    settledAtVillage: sum('SETTLED_AT_VILLAGE'),
    settledAtVillageByKind: everyCode(SETTLEMENT_KIND_CODES, kinds).map(([kind, count]) => ({ kind, count })),
    withdrawn: sum('WITHDRAWN'),
    cannotBeServed: sum('CANNOT_BE_SERVED'),
    otherClosed: sum('OTHER'),
    returned: sum('RETURNED'),
    medianWorkingDays: percentileOf(histogram, 0.5),
    p90WorkingDays: percentileOf(histogram, 0.9),
    onTimeRate: null,
  };
  counts.received = OUTCOME_FIELDS.reduce((a, f) => a + counts[f], 0);
  const denominator = counts.completedOnTime + counts.completedLate + counts.openOverdue;
  counts.onTimeRate = denominator ? counts.completedOnTime / denominator : null;
  return counts;
}
