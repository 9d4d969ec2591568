import type { SpmRecapQuery } from '../gql/graphql';
import type { BilingualText } from '../i18n/i18n';
import { COUNT_COLUMNS, type CountColumn, type RecapLineFilter } from '../case-list/case-list-url';

type Recap = SpmRecapQuery['spmRecap'];
type Counts = Recap['total'];

/**
 * The outcome cells a bar is stacked from: together they add up to "received" (docs/reports.md),
 * so a bar's length is the cases registered. Colours: each at least 3:1 against the white page
 * and the white gaps between segments (WCAG 1.4.11), and never the only clue — the legend, the
 * tooltip and the data table name every segment.
 */
export const SEGMENTS = [
  { cell: 'completedOnTime', color: '#0b5d3b' },
  { cell: 'completedLate', color: '#8f5b00' },
  { cell: 'settledAtVillage', color: '#1a56db' },
  { cell: 'inProgress', color: '#5b6770' },
  { cell: 'openOverdue', color: '#b42318' },
  { cell: 'declined', color: '#6e3fa3' },
  { cell: 'withdrawn', color: '#9c3d6b' },
  { cell: 'cannotBeServed', color: '#1b1f1d' },
  { cell: 'otherClosed', color: '#7a6a00' },
] as const satisfies ReadonlyArray<{ cell: Exclude<CountColumn, 'received' | 'returned'>; color: string }>;

export type SegmentCell = (typeof SEGMENTS)[number]['cell'];

/** One bar: its label, what a click on it narrows the case list to, and its counts. */
export interface Bar {
  label: BilingualText;
  /** The case-list filter behind the bar (from `spmRecap`). */
  filter: RecapLineFilter;
  /** Capaian SPM of the bar's jenis pelayanan dasar (services only; `rate` null without a sasaran). */
  capaian?: Recap['capaian'][number];
  counts: Counts;
}

/** Rows summed per sector × jenis pelayanan dasar (the penerima of a service together), SPM services first. */
export function barsByService(recap: Recap): Bar[] {
  const bars = new Map<string, Bar & { spm: boolean }>();
  for (const row of recap.rows) {
    const key = `${row.sectorId}|${row.serviceId ?? ''}`;
    const bar = bars.get(key);
    if (bar) bar.counts = addCounts(bar.counts, row.counts);
    else {
      bars.set(key, {
        label: row.serviceName,
        // The penerima of the service together: any penerima.
        filter: { ...row.filter, penerima: null },
        counts: row.counts,
        spm: row.countsTowardSpm,
      });
    }
  }
  return [...bars.values()]
    .filter((b) => b.counts.received > 0)
    .sort((a, b) => Number(b.spm) - Number(a.spm))
    .map(({ label, filter, counts }) => {
      const capaian = recap.capaian.find(
        (c) => filter.spmService && c.serviceId === filter.spmService && filter.sectorIds.includes(c.sectorId),
      );
      return capaian ? { label, filter, counts, capaian } : { label, filter, counts };
    });
}

/** The areas within (desa of a kecamatan, kecamatan of a kabupaten). */
export function barsByArea(recap: Recap): Bar[] {
  return recap.areas.map((a) => ({
    label: { id: a.name, en: a.name },
    filter: a.filter,
    counts: a.counts,
  }));
}

/** First and last day of a YYYY-MM month, as YYYY-MM-DD. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

function addCounts(a: Counts, b: Counts): Counts {
  const sum = { ...a };
  for (const key of COUNT_COLUMNS) sum[key] = a[key] + b[key];
  // Medians and the rate cannot be summed: the chart does not draw them.
  sum.medianWorkingDays = null;
  sum.p90WorkingDays = null;
  const rated = sum.completedOnTime + sum.completedLate + sum.openOverdue;
  sum.onTimeRate = rated ? sum.completedOnTime / rated : null;
  return sum;
}

/** Wraps a long label into lines of about `width` characters, for the bars' axis on a phone. */
export function wrapLabel(label: string, width = 22): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
