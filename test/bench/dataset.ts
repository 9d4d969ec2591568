/**
 * A realistic data set of N cases for benchmarks and statement-count tests (issue 18, item 1),
 * written with PostgreSQL's COPY (pg-copy-streams): ~1 M cases load in minutes, 20 k in seconds.
 *
 * On a migrated database with the demo data (Desa Gombang), it
 *   - imports the official areas within `within` (default: Jawa Tengah, `33`) from the national
 *     area file the server ships (`defaultWilayahPath()`, or WILAYAH_TSV, e.g. ../shared/data/wilayah.tsv);
 *   - gives every village a Posyandu and a village government, every kecamatan and kabupaten its
 *     office (reusing the demo's units where they exist, so the demo users see their share);
 *   - spreads the cases over every village of the scope, with the installed sectors in the
 *     proportions of a village front desk, ages over two years (more recent cases more frequent),
 *     states that follow age (most old cases closed, with their outcome), open cases held by the
 *     village, the kecamatan or the kabupaten, and each case's applicant, required documents,
 *     holdings and timeline events;
 *   - starts each case's clock as registration does (5 working days of the village's calendar) and
 *     leaves each running case where the deadline sweep would have left it had it run on time until
 *     `now` (the server's `deadlinePlanner`, the sweep's own rule and the area's working calendar
 *     and escalation chain): its due-soon and overdue notices and escalation levels with their
 *     events, and `next_check_at`, the instant of its next notice. So the first sweep after loading
 *     only has the cases whose instant has come since, as on a server that has been running.
 *
 * Deterministic for a given seed (choices come from a seeded generator; ids are random UUIDs).
 * Used by test/bench/scale.bench.ts and test/api/statement-counts.test.ts.
 */
import { createReadStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { areaLevelOf, isAreaCode, parentAreaCode, timeZoneOfArea, type SpmPlugin } from '@posyandu-spm/core';
import { deadlinePlanner, defaultWilayahPath, openOrm } from '@posyandu-spm/server';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export interface DatasetOptions {
  cases: number;
  /** Area code prefix whose villages get cases (default `33`, Jawa Tengah; `''` for all of Indonesia). */
  within?: string;
  /** The sectors to draw from (their service types, workflow states and documents). */
  plugins: readonly SpmPlugin[];
  /** "Now" for ages and deadlines (default: the current time). */
  now?: Date;
  seed?: number;
  /** The area file (default: the server's national file, or WILAYAH_TSV). */
  wilayahFile?: string;
  log?: (line: string) => void;
}

export interface DatasetSummary {
  cases: number;
  villages: number;
  kecamatan: number;
  kabupaten: number;
  open: number;
  overdueOpen: number;
  events: number;
  documents: number;
  seconds: number;
}

/** Share of cases per sector at a village front desk (the rest of the installed sectors share 5 %). */
const SECTOR_WEIGHTS: Record<string, number> = {
  kesehatan: 0.38,
  sosial: 0.22,
  pendidikan: 0.15,
  'pekerjaan-umum': 0.1,
  'perumahan-rakyat': 0.08,
  trantibumlinmas: 0.07,
};

const DAY = 86_400_000;

/** mulberry32: small, fast, good enough to spread cases. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One COPY text-format field. */
function f(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  const s = typeof value === 'string' ? value : String(value);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
}

function row(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(f).join('\t')}\n`;
}

/** Streams `lines` (produced lazily, in chunks) into `copy <table> (<columns>) from stdin`. */
async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  lines: Iterable<string>,
): Promise<void> {
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  function* chunks(): Generator<string> {
    let buf: string[] = [];
    let size = 0;
    for (const line of lines) {
      buf.push(line);
      size += line.length;
      if (size > 1 << 20) {
        yield buf.join('');
        buf = [];
        size = 0;
      }
    }
    if (buf.length) yield buf.join('');
  }
  await pipeline(Readable.from(chunks()), stream);
}

async function readAreas(file: string, within: string): Promise<Array<{ code: string; name: string }>> {
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input: input.setEncoding('utf8'), crlfDelay: Infinity });
  const wanted = (code: string): boolean =>
    !within || code === within || code.startsWith(`${within}.`) || within.startsWith(`${code}.`);
  const out: Array<{ code: string; name: string }> = [];
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false;
      continue;
    }
    const [code, name] = line.split('\t');
    if (code && name && isAreaCode(code) && wanted(code)) out.push({ code, name: name.trim() });
  }
  return out;
}

interface Unit {
  id: string;
  ancestors: string[];
}

/** Writes the data set; the database must be migrated and seeded with the demo data. */
export async function generateDataset(databaseUrl: string, options: DatasetOptions): Promise<DatasetSummary> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const within = options.within ?? '33';
  const now = options.now ?? new Date();
  const random = rng(options.seed ?? 18);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // The core's tables only: the calendar and the escalation chains, read once for the planner.
  const orm = await openOrm({ clientUrl: databaseUrl, poolMax: 1 });
  try {
    const plan = await deadlinePlanner(orm.em.fork());
    // ------------------------------------------------------------ areas
    const areas = await readAreas(options.wilayahFile ?? defaultWilayahPath(), within);
    await client.query('create temporary table bench_area (code text, name text)');
    await copyRows(
      client,
      'bench_area',
      ['code', 'name'],
      areas.map((a) => row([a.code, a.name])),
    );
    await client.query('begin');
    const levels = areas.map((a) => ({
      code: a.code,
      level: areaLevelOf(a.code),
      parent: parentAreaCode(a.code),
      zone: timeZoneOfArea(a.code),
    }));
    await client.query(
      `insert into area (code, name, level, parent_code, time_zone)
       select b.code, b.name, x.level, x.parent, x.zone from bench_area b
       join jsonb_to_recordset($1::jsonb) as x(code text, level text, parent text, zone text) on x.code = b.code
       on conflict (code) do nothing`,
      [JSON.stringify(levels)],
    );
    const villages = levels.filter((a) => a.level === 'DESA').map((a) => a.code);
    if (!villages.length) throw new Error(`no village (desa) within "${within}"`);
    log(`areas: ${areas.length} (${villages.length} villages)`);

    // ------------------------------------------------------------ org units
    const existing = await client.query<{ id: string; kind: string; area_code: string; ancestor_ids: string[] }>(
      `select id, kind, area_code, ancestor_ids from org_unit where kind in ('KABUPATEN','KECAMATAN','VILLAGE_GOVERNMENT','POSYANDU')`,
    );
    const units = new Map<string, Unit>(
      existing.rows.map((u) => [`${u.kind}:${u.area_code}`, { id: u.id, ancestors: u.ancestor_ids }]),
    );
    const unitRows: string[] = [];
    const unitOf = (kind: string, code: string, name: string, parent: Unit | null): Unit => {
      const key = `${kind}:${code}`;
      let unit = units.get(key);
      if (!unit) {
        unit = { id: randomUUID(), ancestors: parent ? [parent.id, ...parent.ancestors] : [] };
        units.set(key, unit);
        unitRows.push(row([unit.id, kind, name, code, parent?.id ?? null, `{${unit.ancestors.join(',')}}`, '{}']));
      }
      return unit;
    };
    const villageUnits = villages.map((desa) => {
      const kec = desa.slice(0, 8);
      const kab = desa.slice(0, 5);
      const kabupaten = unitOf('KABUPATEN', kab, `Pemerintah Kabupaten ${kab}`, null);
      const kecamatan = unitOf('KECAMATAN', kec, `Kecamatan ${kec}`, kabupaten);
      const government = unitOf('VILLAGE_GOVERNMENT', desa, `Pemerintah Desa ${desa}`, kecamatan);
      const posyandu = unitOf('POSYANDU', desa, `Posyandu ${desa}`, government);
      return { desa, kabupaten, kecamatan, government, posyandu };
    });
    // Every plugin route finds its unit in each kabupaten (the start-up check `routes`).
    const routeKinds = new Map<string, { kind: string; service: string | null }>();
    for (const p of options.plugins) {
      for (const r of p.routes)
        routeKinds.set(`${r.unitKind}:${r.service ?? ''}`, { kind: r.unitKind, service: r.service ?? null });
    }
    const servedKabupaten = new Set(villages.map((d) => d.slice(0, 5)));
    const present = await client.query<{ kab: string; kind: string; services: string[] }>(
      `select left(area_code, 5) as kab, kind, services from org_unit`,
    );
    for (const kab of servedKabupaten) {
      const kabupaten = units.get(`KABUPATEN:${kab}`)!;
      for (const { kind, service } of routeKinds.values()) {
        const found = present.rows.some(
          (u) => u.kab === kab && u.kind === kind && (!service || u.services.includes(service)),
        );
        if (found) continue;
        const id = randomUUID();
        present.rows.push({ kab, kind, services: service ? [service] : [] });
        unitRows.push(
          row([
            id,
            kind,
            `${kind} ${service ?? ''} ${kab}`,
            kab,
            kabupaten.id,
            `{${kabupaten.id}}`,
            `{${service ?? ''}}`,
          ]),
        );
      }
    }
    await copyRows(
      client,
      'org_unit',
      ['id', 'kind', 'name', 'area_code', 'parent_id', 'ancestor_ids', 'services'],
      unitRows,
    );
    const registrar = await client.query<{ id: string }>(`select id from app_user where username = 'kader.gombang'`);
    const registrarId = registrar.rows[0]?.id;
    if (!registrarId) throw new Error('the demo data is missing (no kader.gombang): seed the database first');
    log(`org units: ${unitRows.length} new`);

    // ------------------------------------------------------------ sectors
    const weighted = options.plugins.map((p) => ({ plugin: p, weight: SECTOR_WEIGHTS[p.id] ?? 0.05 }));
    const totalWeight = weighted.reduce((s, w) => s + w.weight, 0);
    const sectors = weighted.map(({ plugin, weight }) => {
      const states = plugin.workflow.states;
      const initial = plugin.workflow.initialState;
      const terminal = states.filter((s) => s.terminal);
      const open = states.filter((s) => !s.terminal && s.id !== initial && !s.pausesClock);
      const paused = states.filter((s) => !s.terminal && s.pausesClock);
      const actionTo = (to: string) => plugin.workflow.actions.find((a) => a.to === to)?.id ?? null;
      return { plugin, share: weight / totalWeight, initial, terminal, open, paused, actionTo };
    });
    const pickSector = () => {
      let u = random();
      for (const s of sectors) {
        u -= s.share;
        if (u < 0) return s;
      }
      return sectors[sectors.length - 1]!;
    };

    // ------------------------------------------------------------ cases
    let open = 0;
    let overdueOpen = 0;
    let events = 0;
    let documents = 0;
    const persons: string[] = [];
    const cases: string[] = [];
    const eventRows: string[] = [];
    const holdingRows: string[] = [];
    const documentRows: string[] = [];
    // The rows carry the sweep's own next_check_at; the trigger would reset it to -infinity.
    await client.query('alter table spm_case disable trigger spm_case_next_check');
    const flush = async () => {
      await copyRows(client, 'person', ['id', 'nik', 'name', 'phone', 'address', 'created_at'], persons);
      await copyRows(client, 'spm_case', CASE_COLUMNS, cases);
      await copyRows(client, 'case_holding', HOLDING_COLUMNS, holdingRows);
      await copyRows(client, 'case_document', DOCUMENT_COLUMNS, documentRows);
      await copyRows(client, 'case_event', EVENT_COLUMNS, eventRows);
      persons.length = 0;
      cases.length = 0;
      holdingRows.length = 0;
      documentRows.length = 0;
      eventRows.length = 0;
    };
    const two = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < options.cases; i += 1) {
      const v = villageUnits[Math.floor(random() * villageUnits.length)]!;
      const s = pickSector();
      const type = s.plugin.serviceTypes[Math.floor(random() * s.plugin.serviceTypes.length)]!;
      // Two years of cases, more of them recent.
      const ageDays = 730 * random() ** 1.6;
      const registeredAt = new Date(now.getTime() - ageDays * DAY);
      // Registration's own clock: 5 working days of the village's calendar.
      const clock = await plan.startClock(v.desa, registeredAt);
      const { workingDays, dueAt } = clock;
      const openChance = ageDays < 7 ? 0.9 : ageDays < 30 ? 0.45 : ageDays < 180 ? 0.08 : 0.02;
      const isOpen = random() < openChance;
      let status = s.initial;
      let closedAt: Date | null = null;
      let outcome: string | null = null;
      let closedOnTime: boolean | null = null;
      let pausedAt: Date | null = null;
      let holder = s.plugin.intakeUnitKinds?.includes('POSYANDU') === false ? v.government : v.posyandu;
      const origin = holder;
      const held = [origin.id];
      let movedAt: Date | null = null;
      if (isOpen) {
        const u = random();
        if (u < 0.35 || !s.open.length) {
          // still at the desk that registered it
        } else if (u < 0.9 || !s.paused.length) {
          status = s.open[Math.floor(random() * s.open.length)]!.id;
        } else {
          status = s.paused[Math.floor(random() * s.paused.length)]!.id;
          pausedAt = new Date(registeredAt.getTime() + (ageDays * DAY) / 2);
        }
      } else if (s.terminal.length) {
        const t = s.terminal[Math.floor(random() * s.terminal.length)]!;
        status = t.id;
        outcome = t.terminal!.outcome;
        closedAt = new Date(registeredAt.getTime() + Math.min(ageDays, 0.5 + random() * 10) * DAY);
        closedOnTime = closedAt <= dueAt;
      }
      if (status !== s.initial) {
        const w = random();
        holder = w < 0.5 ? v.government : w < 0.8 ? v.kecamatan : v.kabupaten;
        if (holder !== origin) held.push(holder.id);
        movedAt = new Date(registeredAt.getTime() + Math.min(ageDays * DAY, DAY) / 2);
      }
      const progress = !closedAt && !pausedAt ? await plan.progress(v.desa, dueAt, now) : null;
      const overdue = (progress?.escalationLevel ?? 0) > 0;
      if (!closedAt) open += 1;
      if (overdue) overdueOpen += 1;
      const caseId = randomUUID();
      const personId = randomUUID();
      // A distinct NIK per case: the village's kecamatan, a birth date and a sequence number (unique in i).
      const k = Math.floor(i / 9999);
      const nik = `${v.desa.slice(0, 8).replace(/\./g, '')}${two((k % 28) + 1)}${two((Math.floor(k / 28) % 12) + 1)}${two(Math.floor(k / 336) % 100)}${String((i % 9999) + 1).padStart(4, '0')}`;
      persons.push(
        row([personId, nik, `Warga ${i + 1}`, `+62812${String(i).padStart(7, '0')}`, null, registeredAt.toISOString()]),
      );
      const code = `SPM-${i.toString(32).toUpperCase().padStart(4, '0').slice(-4)}-B${Math.floor(i / 32 ** 4)
        .toString(32)
        .toUpperCase()
        .padStart(3, '0')}`;
      const updatedAt = closedAt ?? movedAt ?? registeredAt;
      cases.push(
        row([
          caseId,
          code,
          s.plugin.id,
          type.id,
          status,
          v.desa,
          'Dusun I',
          '001',
          '002',
          `Permohonan layanan ${type.id} dari warga desa ${v.desa}.`,
          '{}',
          '[]',
          personId,
          null,
          false,
          origin.id,
          holder.id,
          `{${held.join(',')}}`,
          registrarId,
          registeredAt.toISOString(),
          workingDays,
          clock.clockStartDate,
          clock.clockDays,
          dueAt.toISOString(),
          pausedAt?.toISOString() ?? null,
          pausedAt ? 2 : null,
          closedAt?.toISOString() ?? null,
          outcome,
          closedOnTime,
          progress?.deadlineNotice ?? 'NONE',
          null,
          closedAt ? holder.id : null,
          updatedAt.toISOString(),
          progress?.escalationLevel ?? 0,
          progress?.nextCheckAt?.toISOString() ?? null,
        ]),
      );
      holdingRows.push(
        row([
          randomUUID(),
          caseId,
          origin.id,
          s.initial,
          null,
          registeredAt.toISOString(),
          movedAt?.toISOString() ?? null,
        ]),
      );
      if (movedAt) {
        holdingRows.push(row([randomUUID(), caseId, holder.id, s.initial, origin.id, movedAt.toISOString(), null]));
      }
      for (const d of type.documents) {
        if (!d.required) continue;
        documents += 1;
        documentRows.push(
          row([
            randomUUID(),
            caseId,
            d.code,
            status === s.initial ? 'RECEIVED' : 'VALID',
            0,
            '[]',
            registrarId,
            registeredAt.toISOString(),
          ]),
        );
      }
      const event = (
        type: string,
        at: Date,
        fromStatus: string | null,
        toStatus: string | null,
        unit: string,
        action: string | null,
        payload = '{}',
        actor: string | null = registrarId,
      ) => {
        events += 1;
        eventRows.push(row([caseId, type, action, fromStatus, toStatus, unit, actor, payload, at.toISOString()]));
      };
      event('REGISTERED', registeredAt, null, s.initial, origin.id, null);
      if (movedAt && status !== s.initial) {
        event('ACTION_TAKEN', closedAt ?? movedAt, s.initial, status, holder.id, s.actionTo(status));
      }
      for (const notice of progress?.notices ?? []) {
        const payload = JSON.stringify(notice.level ? { level: notice.level } : { dueAt: dueAt.toISOString() });
        event(notice.type, notice.at, null, null, holder.id, null, payload, null); // the sweep's events have no actor
      }
      if (cases.length >= 20_000) {
        await flush();
        if ((i + 1) % 100_000 === 0) log(`cases: ${i + 1}`);
      }
    }
    await flush();
    await client.query('alter table spm_case enable trigger spm_case_next_check');
    await client.query('commit');
    log('analyze');
    await client.query('vacuum analyze spm_case, case_event, case_holding, case_document, person, org_unit, area');
    return {
      cases: options.cases,
      villages: villages.length,
      kecamatan: new Set(villages.map((d) => d.slice(0, 8))).size,
      kabupaten: new Set(villages.map((d) => d.slice(0, 5))).size,
      open,
      overdueOpen,
      events,
      documents,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    await orm.close();
  }
}

const CASE_COLUMNS = [
  'id',
  'code',
  'sector_id',
  'service_type_id',
  'status',
  'area_code',
  'dusun',
  'rw',
  'rt',
  'description',
  'facts',
  'warnings',
  'applicant_id',
  'contact_phone',
  'confidential_reporter',
  'origin_unit_id',
  'holder_id',
  'held_by_unit_ids',
  'registered_by_id',
  'registered_at',
  'working_days',
  'clock_start_date',
  'clock_days',
  'due_at',
  'clock_paused_at',
  'remaining_working_days',
  'closed_at',
  'outcome',
  'closed_on_time',
  'deadline_notice',
  'escalated_to_id',
  'settled_by_id',
  'updated_at',
  'escalation_level',
  'next_check_at',
];
const HOLDING_COLUMNS = ['id', 'case_id', 'org_unit_id', 'status_before', 'received_from_id', 'since', 'until'];
const DOCUMENT_COLUMNS = ['id', 'case_id', 'code', 'status', 'file_count', 'file_names', 'updated_by_id', 'updated_at'];
const EVENT_COLUMNS = [
  'case_id',
  'type',
  'action',
  'from_status',
  'to_status',
  'holder_id',
  'actor_id',
  'payload',
  'occurred_at',
];
