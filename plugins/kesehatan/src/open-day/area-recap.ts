import { validationFailed, type Principal } from '@posyandu-spm/core';
import type { PluginServices, PluginRequestContext } from '@posyandu-spm/plugin-api';
import { assertCanReadAreaRecap, canReadPersonal } from './open-day.access.js';
import { OpenDaySession } from './open-day-session.entity.js';
import { recapOf } from './open-day-recap.js';
import type { AreaRecapView, RecapView, SkdnView } from './open-day.types.js';
import { periodDays } from './skdn.js';

type EntityManager = PluginRequestContext['em'];

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * The monthly summary of every Posyandu of an area (a kecamatan, or a desa) that held an open day in
 * the 12 months ending with `month` — a row each, with the counts of its recap, and the totals — for
 * the kecamatan officer and the Puskesmas (issue 7). Counts only; the per-child lines of a row
 * follow the personal-data readers as in the Posyandu's own recap.
 */
export async function areaRecap(
  em: EntityManager,
  spm: PluginServices,
  principal: Principal,
  month: string,
  areaCode: string,
): Promise<AreaRecapView> {
  const problems = [];
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    problems.push({ field: 'month', message: { id: 'Bulan: YYYY-MM.', en: 'Month: YYYY-MM.' } });
  }
  if (!/^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/.test(areaCode)) {
    problems.push({
      field: 'areaCode',
      message: { id: 'Kode wilayah Kemendagri, mis. 33.10.05.', en: 'A Kemendagri area code, e.g. 33.10.05.' },
    });
  }
  if (problems.length) throw validationFailed(problems);
  assertCanReadAreaRecap(principal, areaCode);

  const { last } = periodDays(month);
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const yearAgo = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10);
  const sessions = await em.find(
    OpenDaySession,
    {
      $or: [{ areaCode }, { areaCode: { $like: `${areaCode}.%` } }],
      heldOn: { $gte: yearAgo, $lte: last },
    },
    { orderBy: { heldOn: 'asc' } },
  );
  const posyanduIds = [...new Set(sessions.map((s) => s.posyanduId))];
  const units = await spm.orgUnits(em, posyanduIds);
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const rows = [];
  for (const posyanduId of posyanduIds) {
    const own = sessions.filter((s) => s.posyanduId === posyanduId);
    const ofMonth = own.filter((s) => s.heldOn.startsWith(month));
    const recap = await recapOf(em, spm, canReadPersonal(principal, own[0]!), posyanduId, month, ofMonth);
    rows.push({ posyanduId, posyanduName: nameOf.get(posyanduId) ?? '', desaCode: own[0]!.areaCode, recap });
  }
  rows.sort((a, b) => a.desaCode.localeCompare(b.desaCode) || a.posyanduName.localeCompare(b.posyanduName));
  return { areaCode, month, rows, totals: totalsOf(rows.map((r) => r.recap)) };
}

function totalsOf(recaps: readonly RecapView[]): AreaRecapView['totals'] {
  const sum = (f: (r: RecapView) => number) => recaps.reduce((n, r) => n + f(r), 0);
  const skdn: SkdnView = {
    s: sum((r) => r.skdn.s),
    d: sum((r) => r.skdn.d),
    n: sum((r) => r.skdn.n),
    t: sum((r) => r.skdn.t),
    o: sum((r) => r.skdn.o),
    b: sum((r) => r.skdn.b),
    dPerS: null,
    nPerD: null,
  };
  skdn.dPerS = percent(skdn.d, skdn.s);
  skdn.nPerD = percent(skdn.n, skdn.d);
  return {
    posyandu: recaps.length,
    sessions: sum((r) => r.sessions),
    visitors: sum((r) => r.visitors),
    childrenWeighed: sum((r) => r.childrenWeighed),
    childrenAtRisk: sum((r) => r.childrenAtRisk),
    followUpsOpened: sum((r) => r.followUpsOpened),
    followUpsOpen: sum((r) => r.followUpsOpen),
    followUpsDone: sum((r) => r.followUpsDone),
    homeVisits: sum((r) => r.homeVisits),
    skdn,
  };
}
