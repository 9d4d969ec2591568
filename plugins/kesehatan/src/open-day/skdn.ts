import type { PluginRequestContext } from '@posyandu-spm/plugin-api';
import { DAYS_PER_MONTH } from '../growth/age.js';
import { assessWeightGain, type WeighingStatus } from '../growth/index.js';
import { Measurement } from './measurement.entity.js';
import { OpenDayVisit } from './open-day-visit.entity.js';
import type { SkdnView } from './open-day.types.js';

type EntityManager = PluginRequestContext['em'];

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A period of the recap: one open day (`YYYY-MM-DD`) or a month (`YYYY-MM`), as first and last day. */
export function periodDays(period: string): { first: string; last: string; month: string } {
  const month = period.slice(0, 7);
  if (period.length === 10) return { first: period, last: period, month };
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  return { first: `${month}-01`, last: isoOf(dayOf(next) - 1), month };
}

/** The first day of the month `back` months before `month` (`YYYY-MM`). */
function monthsBefore(month: string, back: number): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 10);
}

/** A toddler of S: known to the Posyandu, with what the register says of them. */
export interface KnownToddler {
  personId: string;
  guardianId: string | null;
  sex: 'male' | 'female' | null;
  birthDate: string;
  /** The latest open day of this Posyandu they came to (up to the period's end). */
  lastVisitOn: string;
}

/**
 * S of the SKDN: children seen at any open day of this Posyandu in the 12 months ending with the
 * period's month, born by its end and still under 60 months on the month's first day.
 */
export async function knownToddlers(em: EntityManager, posyanduId: string, period: string): Promise<KnownToddler[]> {
  const { last, month } = periodDays(period);
  const visits = await em.find(
    OpenDayVisit,
    {
      session: { posyanduId, heldOn: { $gte: monthsBefore(month, 11), $lte: last } },
      birthDate: { $ne: null },
    },
    { populate: ['session'], orderBy: { session: { heldOn: 'asc' } } },
  );
  const monthStart = dayOf(`${month}-01`);
  const byPerson = new Map<string, KnownToddler>();
  for (const v of visits) {
    const born = dayOf(v.birthDate!);
    if (v.birthDate! > last || monthStart - born >= 60 * DAYS_PER_MONTH) continue;
    byPerson.set(v.personId, {
      personId: v.personId,
      guardianId: v.guardianId,
      sex: v.sex,
      birthDate: v.birthDate!,
      lastVisitOn: v.session.getEntity().heldOn,
    });
  }
  return [...byPerson.values()];
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * The SKDN of a Posyandu for a period (deck item 1c; the KMS letters of growth/weight-gain.ts):
 * S known toddlers, D weighed here in the period, N gained at least the KBM since last month's
 * weighing, T did not, O not weighed last month (no trend), B first weighing ever. D = N + T + O + B.
 */
export async function skdnOf(em: EntityManager, posyanduId: string, period: string): Promise<SkdnView> {
  const { first, last } = periodDays(period);
  const known = await knownToddlers(em, posyanduId, period);
  const ids = known.map((k) => k.personId);
  const weighings = ids.length
    ? await em.find(
        Measurement,
        { visit: { personId: { $in: ids } }, weightKg: { $ne: null }, measuredOn: { $lte: last } },
        { populate: ['visit', 'visit.session'] },
      )
    : [];
  const counts: Record<WeighingStatus, number> = { N: 0, T: 0, O: 0, B: 0 };
  let weighed = 0;
  for (const k of known) {
    const own = weighings.filter((m) => m.visit.getEntity().personId === k.personId);
    const here = own.some((m) => {
      const s = m.visit.getEntity().session.getEntity();
      return s.posyanduId === posyanduId && s.heldOn >= first && s.heldOn <= last;
    });
    if (!here) continue;
    weighed += 1;
    const series = assessWeightGain(
      k.birthDate,
      own.map((m) => ({ date: m.measuredOn, weightKg: m.weightKg! })),
    );
    counts[series.weighings.at(-1)!.status] += 1;
  }
  return {
    s: known.length,
    d: weighed,
    n: counts.N,
    t: counts.T,
    o: counts.O,
    b: counts.B,
    dPerS: percent(weighed, known.length),
    nPerD: percent(counts.N, weighed),
  };
}
