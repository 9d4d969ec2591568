import type { GraphQLClient } from './graphql-client.js';

/** The outcome counts of the SPM report (`/laporan`) for one sector and period. */
export interface OutcomeCounts {
  registered: number;
  closed: number;
  completed: number;
  declined: number;
  settledAtVillage: number;
  withdrawn: number;
  cannotBeServed: number;
  /** Returns (bukan wewenang) on the period's cases, from the RETURNED events. */
  returned: number;
}

const REPORT = `query ($from: String!, $to: String!, $sectorId: String) {
  spmReport(from: $from, to: $to, sectorId: $sectorId) {
    returned
    totals { registered closed completed declined settledAtVillage withdrawn cannotBeServed }
  } }`;

/**
 * What the SPM report counts for `sectorId` in the period, as `client` (e.g. the kecamatan or the
 * kabupaten admin) reads it: each outcome its own count, and the returns.
 */
export async function outcomeCounts(
  client: GraphQLClient,
  sectorId: string,
  period: { from: string; to: string },
): Promise<OutcomeCounts> {
  const { spmReport } = await client.request<{
    spmReport: { returned: number; totals: Omit<OutcomeCounts, 'returned'> };
  }>(REPORT, { ...period, sectorId });
  return { ...spmReport.totals, returned: spmReport.returned };
}

/** The id of the demo org unit called `name` (for a suggested unit). */
export async function unitId(
  sql: { query: (q: string, v: unknown[]) => Promise<{ rows: Array<{ id: string }> }> },
  name: string,
): Promise<string> {
  const res = await sql.query('select id from org_unit where name = $1', [name]);
  const id = res.rows[0]?.id;
  if (!id) throw new Error(`no org unit named ${name}`);
  return id;
}
