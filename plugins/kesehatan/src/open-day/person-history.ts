import { canReadUnitRecords, notFound, type Principal } from '@posyandu-spm/core';
import type { PluginServices, PluginRequestContext } from '@posyandu-spm/plugin-api';
import {
  bmiForAge,
  DAYS_PER_MONTH,
  lengthHeightForAge,
  weightForLengthHeight,
  type GrowthChart,
} from '../growth/index.js';
import { PERSONAL_READERS } from './open-day.access.js';
import type { OpenDaySession } from './open-day-session.entity.js';
import { OpenDayVisit } from './open-day-visit.entity.js';
import { personView, visitViewsAcrossSessions } from './open-day.views.js';
import type { MeasurementView } from './open-day.types.js';
import type { GrowthPointView, PersonHistoryView, TargetGroupPeriodView } from './person-history.types.js';

type EntityManager = PluginRequestContext['em'];

const PERSON = { id: 'Orang', en: 'Person' };
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Completed calendar months and the days after them, as a bidan says an age ("13 bulan 5 hari"). */
export function calendarAge(birthDate: string, on: string): { months: number; days: number } {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  let months = (y - by) * 12 + (m - bm);
  if (d < bd) months -= 1;
  // The month-day of birth in the last completed month, clamped to that month's end (born on the 31st).
  const anchorYear = by + Math.floor((bm - 1 + months) / 12);
  const anchorMonth = ((bm - 1 + months) % 12) + 1;
  const lastDay = new Date(Date.UTC(anchorYear, anchorMonth, 0)).getUTCDate();
  const anchor = Date.UTC(anchorYear, anchorMonth - 1, Math.min(bd, lastDay));
  return { months, days: Math.round((Date.UTC(y, m - 1, d) - anchor) / 86_400_000) };
}

/**
 * Where each stored z-score of a measurement sits on its chart. The x and y are recomputed with the
 * growth module (position-corrected length, BMI, the table by age), so a point lies between the
 * curves its z-score names; the z-score and category are the ones recorded on the day.
 */
export function growthPoints(m: MeasurementView, sex: 'male' | 'female' | null): GrowthPointView[] {
  if (m.ageInDays === null || !sex) return [];
  const age = m.ageInDays;
  const months = round2(age / DAYS_PER_MONTH);
  const points: GrowthPointView[] = [];
  const { weightKg, lengthCm, headCircumferenceCm } = m;
  const { position } = m;
  for (const z of m.zScores) {
    const base = { zScore: z.zScore, category: z.category, label: z.label };
    const place = (chart: GrowthChart, x: number, y: number) => points.push({ chart, x, y: round2(y), ...base });
    // A z-score was stored only when its measurements were there; the checks keep that a fact, not a hope.
    if (z.indicator === 'weightForAge' && weightKg !== null) place('WEIGHT_FOR_AGE', months, weightKg);
    if (z.indicator === 'headCircumferenceForAge' && headCircumferenceCm !== null)
      place('HEAD_CIRCUMFERENCE_FOR_AGE', months, headCircumferenceCm);
    if (lengthCm === null || position === null) continue;
    const length = { sex, ageInDays: age, lengthCm, position };
    if (z.indicator === 'lengthHeightForAge') {
      place('LENGTH_HEIGHT_FOR_AGE', months, lengthHeightForAge(length).adjustedLengthCm!);
    }
    if (weightKg === null) continue;
    if (z.indicator === 'weightForLengthHeight') {
      const r = weightForLengthHeight({ ...length, weightKg });
      place(r.table === 'weightForLength' ? 'WEIGHT_FOR_LENGTH' : 'WEIGHT_FOR_HEIGHT', r.adjustedLengthCm!, weightKg);
    }
    if (z.indicator === 'bmiForAge') place('BMI_FOR_AGE', months, bmiForAge({ ...length, weightKg }).bmi!);
  }
  return points;
}

/** Consecutive visits in the same target group, oldest first (a toddler grows into a school child). */
function targetGroupPeriods(visits: ReadonlyArray<{ heldOn: string; visit: OpenDayVisit }>): TargetGroupPeriodView[] {
  const periods: TargetGroupPeriodView[] = [];
  for (const { heldOn, visit } of visits) {
    const last = periods.at(-1);
    if (last && last.targetGroup === visit.targetGroup) {
      last.to = heldOn;
      last.visits += 1;
    } else periods.push({ targetGroup: visit.targetGroup, from: heldOn, to: heldOn, visits: 1 });
  }
  return periods;
}

/**
 * A person's open-day history: every visit at a Posyandu whose personal records the caller may
 * read (its kader; the health workers covering its desa), oldest first. Visits elsewhere are left
 * out, and a person with none in reach is NOT_FOUND — the same answer as for an id that does not
 * exist, so another Posyandu's kader learns nothing, not even that the person was seen.
 * A fixed number of statements, however many visits.
 */
export async function personHistory(
  em: EntityManager,
  spm: PluginServices,
  principal: Principal,
  personId: string,
): Promise<PersonHistoryView> {
  const all = /^[0-9a-f-]{36}$/i.test(personId)
    ? await em.find(OpenDayVisit, { personId }, { populate: ['session'] })
    : [];
  const visits = all
    .map((visit) => ({ visit, session: visit.session.getEntity() }))
    .filter(({ session }) =>
      canReadUnitRecords(principal, { unitId: session.posyanduId, areaCode: session.areaCode }, PERSONAL_READERS),
    )
    .sort(
      (a, b) =>
        a.session.heldOn.localeCompare(b.session.heldOn) || a.visit.arrivedAt.getTime() - b.visit.arrivedAt.getTime(),
    )
    .map(({ visit, session }) => ({ visit, session, heldOn: session.heldOn }));
  if (!visits.length) throw notFound(PERSON);

  const sessionOf = new Map<string, OpenDaySession>(visits.map((v) => [v.visit.id, v.session]));
  const [views, units, people] = await Promise.all([
    visitViewsAcrossSessions(
      em,
      spm,
      principal,
      visits.map((v) => v.visit),
      (v) => sessionOf.get(v.id)!,
    ),
    spm.orgUnits(em, [...new Set(visits.map((v) => v.session.posyanduId))]),
    spm.people(em, [personId]),
  ]);
  // The newest record of sex and date of birth wins: a correction at a later open day counts.
  const newestFirst = [...visits].reverse();
  const sex = newestFirst.find((v) => v.visit.sex)?.visit.sex ?? null;
  const birthDate = newestFirst.find((v) => v.visit.birthDate)?.visit.birthDate ?? null;
  // The person's NIK is shown as the newest visit's session allows (its kader: in full, audited).
  const person = personView(people[0], principal, visits.at(-1)!.session) ?? {
    id: personId,
    name: null,
    nik: null,
    nikMasked: false,
  };

  return {
    person,
    sex,
    birthDate,
    targetGroups: targetGroupPeriods(visits),
    visits: visits.map(({ visit, session }, i) => {
      const view = views[i]!;
      const age = birthDate && birthDate <= session.heldOn ? calendarAge(birthDate, session.heldOn) : null;
      return {
        heldOn: session.heldOn,
        posyanduId: session.posyanduId,
        posyanduName: units.find((u) => u.id === session.posyanduId)?.name ?? '',
        ageInDays: birthDate && birthDate <= session.heldOn ? daysBetween(birthDate, session.heldOn) : null,
        ageMonths: age?.months ?? null,
        ageDays: age?.days ?? null,
        visit: view,
        growthPoints: view.measurement ? growthPoints(view.measurement, visit.sex ?? sex) : [],
      };
    }),
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
