import { WorkingCalendar, type DayOff } from '@posyandu-spm/core';
import type { DemoScript, DemoScriptRun } from '@posyandu-spm/server';
import { DemoClient, DemoRequestError } from './client.js';
import type { DemoActionInput, DemoCase, DemoOp, DemoStep } from './scenario.js';

/** Desa Gombang: the demo's cases happen here, on its working-day calendar, in WIB (UTC+7, no DST). */
const AREA = '33.10.05.2018';
const ZONE = 'Asia/Jakarta';
const UTC_OFFSET = '+07:00';

const CASE_FIELDS = 'id version';
const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${CASE_FIELDS} } }`;
const ACT = `mutation ($id: ID!, $action: String!, $v: Int!, $input: ActionInput) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { ${CASE_FIELDS} } }`;
/** `n` documents of one case reviewed as valid, in order, in one request. */
const reviews = (n: number): string => {
  const codes = Array.from({ length: n }, (_, i) => i);
  return `mutation ($id: ID!, ${codes.map((i) => `$c${i}: String!`).join(', ')}) { ${codes
    .map((i) => `r${i}: reviewDocument(caseId: $id, code: $c${i}, status: VALID) { ${CASE_FIELDS} }`)
    .join(' ')} }`;
};
const VISIT = `mutation ($id: ID!, $visit: VisitInput!) { recordVisit(caseId: $id, visit: $visit) { ${CASE_FIELDS} } }`;
const ATTACH = `mutation ($id: ID!, $d: DocumentInput!) { attachDocument(caseId: $id, document: $d) { ${CASE_FIELDS} } }`;
const OPEN_DAY = 'mutation ($date: String!) { kesehatanOpenDay(date: $date) { id } }';
const VISITOR = `mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) {
  kesehatanRegisterVisitor(sessionId: $s, input: $input) { id } }`;
const MEASURE = `mutation ($v: ID!, $input: KesehatanMeasurementInput!) {
  kesehatanRecordMeasurement(visitId: $v, input: $input) { id } }`;
const CLOSE_DAY =
  'mutation ($s: ID!, $plan: String) { kesehatanCloseOpenDay(sessionId: $s, followUpPlan: $plan) { id } }';
const HOLIDAYS = 'query ($year: Int!, $area: String!) { holidays(year: $year, areaCode: $area) { date kind } }';
const UNITS = '{ orgUnits { id name } }';
const VERSION = 'query ($id: ID!) { case(id: $id) { version } }';

interface CaseRef {
  id: string;
  version: number;
}

interface Planned {
  c: DemoCase;
  caseIndex: number;
  stepIndex: number;
  step: DemoStep;
  instant: Date;
}

/** `YYYY-MM-DD` plus `days` calendar days. */
function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function workingCalendar(anonymous: DemoClient, startedAt: Date): Promise<WorkingCalendar> {
  const year = startedAt.getUTCFullYear();
  const daysOff: DayOff[] = [];
  for (const y of [year - 1, year]) {
    const data = await anonymous.request<{ holidays: DayOff[] }>(HOLIDAYS, { year: y, area: AREA });
    daysOff.push(...data.holidays);
  }
  return new WorkingCalendar({ zone: ZONE, daysOff, cutiBersamaIsDayOff: true });
}

/** The local date `n` working days before `today` (n ≥ 1). */
function workingDaysBefore(calendar: WorkingCalendar, today: string, n: number): string {
  let date = today;
  for (let left = n; left > 0;) {
    date = plusDays(date, -1);
    if (calendar.isWorkingDay(date)) left -= 1;
  }
  return date;
}

/**
 * The answers with each `@day:N` (scenario.ts `dateOf`: N working days ago) and `@day:N-A`
 * (`bornBefore`: A calendar days before that) replaced by the local date.
 */
function withDates(value: unknown, dateOf: (n: number, minusDays: number) => string): unknown {
  if (typeof value === 'string') {
    const m = /^@day:(\d+)(?:-(\d+))?$/.exec(value);
    return m ? dateOf(Number(m[1]), Number(m[2] ?? 0)) : value;
  }
  if (Array.isArray(value)) return value.map((v) => withDates(v, dateOf));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDates(v, dateOf)]));
  }
  return value;
}

function describeOp(op: DemoOp): string {
  switch (op.kind) {
    case 'register':
      return `registerCase ${String(op.input.serviceType)}`;
    case 'act':
      return op.action;
    case 'review':
      return `review ${op.codes.join(', ')}`;
    case 'visit':
      return `visit ${op.visit.kind}`;
    case 'attach':
      return `attach ${op.code}`;
    case 'openDay':
      return 'kesehatanOpenDay';
    case 'openDayVisitor':
      return `open-day visitor ${String(op.visitor.targetGroup)}`;
    case 'closeOpenDay':
      return 'kesehatanCloseOpenDay';
  }
}

/**
 * Plays the demo cases over the API: every step of every case in time order, the clock set to
 * each step's moment, and the deadline clock run at every local midnight on the way (and at the
 * end, now), so due-soon notices, overdue notices and escalations happen as they would have.
 */
export function demoScriptOf(cases: readonly DemoCase[]): DemoScript {
  return async (run: DemoScriptRun) => {
    const installed = new Set(run.sectorIds);
    const playing = cases.filter((c) => installed.has(c.sectorId));
    const anonymous = new DemoClient(run.url);
    const calendar = await workingCalendar(anonymous, run.startedAt);
    const today = calendar.localDate(run.startedAt);
    const dateOf = (n: number, minusDays: number) => plusDays(workingDaysBefore(calendar, today, n), -minusDays);

    const planned: Planned[] = playing.flatMap((c, caseIndex) =>
      c.steps.map((step, stepIndex) => ({
        c,
        caseIndex,
        stepIndex,
        step,
        instant: new Date(`${workingDaysBefore(calendar, today, step.day)}T${step.at}:00${UTC_OFFSET}`),
      })),
    );
    for (const p of planned) {
      const previous = planned.find((q) => q.c === p.c && q.stepIndex === p.stepIndex - 1);
      if (p.step.day < 1) throw new Error(`${p.c.sectorId}/${p.c.key}: step ${p.stepIndex + 1} is not in the past`);
      if (previous && previous.instant > p.instant) {
        throw new Error(`${p.c.sectorId}/${p.c.key}: step ${p.stepIndex + 1} comes before the step it follows`);
      }
    }
    planned.sort(
      (a, b) => a.instant.getTime() - b.instant.getTime() || a.caseIndex - b.caseIndex || a.stepIndex - b.stepIndex,
    );

    const clients = new Map<string, DemoClient>();
    const as = async (username: string): Promise<DemoClient> => {
      let client = clients.get(username);
      if (!client) {
        client = await DemoClient.login(run.url, username, run.password);
        clients.set(username, client);
      }
      return client;
    };
    let unitIds: Map<string, string> | null = null;
    const unitId = async (name: string): Promise<string> => {
      if (!unitIds) {
        const data = await (await as('admin.klaten')).request<{ orgUnits: Array<{ id: string; name: string }> }>(UNITS);
        unitIds = new Map(data.orgUnits.map((u) => [u.name, u.id]));
      }
      const id = unitIds.get(name);
      if (!id) throw new Error(`no org unit named "${name}"`);
      return id;
    };
    const actionInput = async (input: DemoActionInput | undefined) => {
      if (!input) return undefined;
      const { suggestedUnit, ...rest } = input;
      return suggestedUnit ? { ...rest, suggestedUnitId: await unitId(suggestedUnit) } : rest;
    };

    const loginStarted = Date.now();
    // Everyone who acts logs in once, together (password hashing is the slow part of a login).
    await Promise.all([...new Set(planned.map((p) => p.step.as))].map(as));

    const refs = new Map<DemoCase, CaseRef>();
    const sessions = new Map<DemoCase, string>();
    let ticks = 0;
    const timing = { loginMs: Date.now() - loginStarted, stepsMs: 0 };
    /** Moves the clock to `to`, running the deadline clock just after each local midnight crossed. */
    const advance = async (to: Date): Promise<void> => {
      for (;;) {
        const midnight = new Date(`${plusDays(calendar.localDate(run.now()), 1)}T00:01:00${UTC_OFFSET}`);
        if (midnight > to) break;
        run.setClock(midnight);
        await run.tickDeadlines();
        ticks += 1;
      }
      run.setClock(to);
    };

    // Start the clock at the first step; nothing happened before it.
    if (planned[0]) run.setClock(new Date(planned[0].instant.getTime() - 60_000));
    const stepsStarted = Date.now();
    const cpuStarted = process.cpuUsage();
    for (const p of planned) {
      await advance(p.instant);
      const client = await as(p.step.as);
      const op = p.step.op;
      const ref = refs.get(p.c);
      try {
        if (op.kind === 'register') {
          const input = withDates(op.input, dateOf);
          refs.set(p.c, (await client.request<{ registerCase: CaseRef }>(REGISTER, { input })).registerCase);
          continue;
        }
        if (op.kind === 'openDay') {
          const date = calendar.localDate(p.instant);
          sessions.set(
            p.c,
            (await client.request<{ kesehatanOpenDay: { id: string } }>(OPEN_DAY, { date })).kesehatanOpenDay.id,
          );
          continue;
        }
        if (op.kind === 'openDayVisitor' || op.kind === 'closeOpenDay') {
          const s = sessions.get(p.c);
          if (!s) throw new Error('the open day was not opened first');
          if (op.kind === 'closeOpenDay') {
            await client.request(CLOSE_DAY, { s, plan: op.followUpPlan });
            continue;
          }
          const visit = await client.request<{ kesehatanRegisterVisitor: { id: string } }>(VISITOR, {
            s,
            input: withDates(op.visitor, dateOf),
          });
          await client.request(MEASURE, { v: visit.kesehatanRegisterVisitor.id, input: op.measurement });
          continue;
        }
        if (!ref) throw new Error('the case was not registered first');
        let next: CaseRef = ref;
        if (op.kind === 'act') {
          const input = await actionInput(op.input);
          const perform = async (v: number) =>
            (await client.request<{ performAction: CaseRef }>(ACT, { id: ref.id, action: op.action, v, input }))
              .performAction;
          next = await perform(ref.version).catch(async (error: unknown) => {
            // The deadline clock's notices and escalations move the version on: as a person would, reload and act.
            if (!(error instanceof DemoRequestError) || error.code !== 'VERSION_CONFLICT') throw error;
            const data = await client.request<{ case: { version: number } | null }>(VERSION, { id: ref.id });
            return perform(data.case?.version ?? ref.version);
          });
        } else if (op.kind === 'review') {
          // One request for all the documents, as aliased mutations (run one after the other, in order).
          const data = await client.request<Record<string, CaseRef>>(reviews(op.codes.length), {
            id: ref.id,
            ...Object.fromEntries(op.codes.map((code, i) => [`c${i}`, code])),
          });
          next = data[`r${op.codes.length - 1}`] ?? next;
        } else if (op.kind === 'visit') {
          const visitedAt = new Date(p.instant.getTime() - 30 * 60_000).toISOString();
          next = (
            await client.request<{ recordVisit: CaseRef }>(VISIT, { id: ref.id, visit: { ...op.visit, visitedAt } })
          ).recordVisit;
        } else {
          next = (
            await client.request<{ attachDocument: CaseRef }>(ATTACH, {
              id: ref.id,
              d: { code: op.code, fileNames: op.fileNames },
            })
          ).attachDocument;
        }
        refs.set(p.c, next);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `case ${p.c.sectorId}/${p.c.key}, step ${p.stepIndex + 1} (${p.step.as}: ${describeOp(op)}): ${reason}`,
        );
      }
    }
    await advance(run.startedAt);
    await run.tickDeadlines();
    timing.stepsMs = Date.now() - stepsStarted;
    const cpu = process.cpuUsage(cpuStarted);
    run.log.debug(
      { steps: planned.length, ticks: ticks + 1, ...timing, serverCpuMs: Math.round((cpu.user + cpu.system) / 1000) },
      'demo steps played',
    );
    // The script's sessions end with it (its tokens are signed with a key thrown away anyway).
    await Promise.all([...clients.values()].map((c) => c.request('mutation { logout }').catch(() => undefined)));
    return { cases: refs.size };
  };
}
