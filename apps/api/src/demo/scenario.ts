/**
 * The demo's vocabulary: a case is a list of steps, each a GraphQL operation by a demo user at a
 * working day in the past ("3" = three working days before the server first starts) and a local
 * time in Klaten (WIB). The runner (runner.ts) plays the steps of every case in time order.
 */

export type DeclineReason = 'NOT_ELIGIBLE' | 'INCOMPLETE' | 'NOT_AUTHORITY' | 'DUPLICATE' | 'OTHER';
export type SettlementKind = 'MUSYAWARAH' | 'DIRECT_HELP';

/** `performAction`'s input; `suggestedUnit` is a unit's name, turned into its id when played. */
export interface DemoActionInput {
  reason?: string;
  note?: string;
  declineReason?: DeclineReason;
  settlementKind?: SettlementKind;
  suggestedUnit?: string;
}

export interface DemoVisit {
  kind: 'HOME' | 'FIELD';
  participants: string;
  findings: string;
  recommendation: 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'NEEDS_FOLLOW_UP';
}

export type DemoOp =
  | { kind: 'register'; input: Record<string, unknown> }
  | { kind: 'act'; action: string; input?: DemoActionInput }
  | { kind: 'review'; codes: readonly string[] }
  /** Recorded as made 30 minutes before the step (and after the registration). */
  | { kind: 'visit'; visit: DemoVisit }
  | { kind: 'attach'; code: string; fileNames: readonly string[] }
  /** Kesehatan: the kader opens the Posyandu's open day on the step's date (plugin's open-day API). */
  | { kind: 'openDay' }
  /** Tables 1 and 2 of the open day opened earlier in the same demo case: registered, then measured. */
  | { kind: 'openDayVisitor'; visitor: Record<string, unknown>; measurement: Record<string, unknown> }
  | { kind: 'closeOpenDay'; followUpPlan: string };

export interface DemoStep {
  /** Working days before the first start (1 = the last working day before it). */
  day: number;
  /** Local time in Klaten (WIB), `HH:MM`. */
  at: string;
  /** The demo user who acts (README's logins). */
  as: string;
  op: DemoOp;
}

export interface DemoCase {
  sectorId: string;
  /** Unique within its sector, for error messages. */
  key: string;
  /** What a reader of the demo sees in it, one line. */
  shows: string;
  steps: readonly DemoStep[];
}

export const register = (input: Record<string, unknown>): DemoOp => ({ kind: 'register', input });
export const act = (action: string, input?: DemoActionInput): DemoOp => ({ kind: 'act', action, input });
export const review = (...codes: string[]): DemoOp => ({ kind: 'review', codes });
export const visit = (v: DemoVisit): DemoOp => ({ kind: 'visit', visit: v });
export const attach = (code: string, ...fileNames: string[]): DemoOp => ({ kind: 'attach', code, fileNames });

export const openDay = (): DemoOp => ({ kind: 'openDay' });
export const openDayVisitor = (visitor: Record<string, unknown>, measurement: Record<string, unknown>): DemoOp => ({
  kind: 'openDayVisitor',
  visitor,
  measurement,
});
export const closeOpenDay = (followUpPlan: string): DemoOp => ({ kind: 'closeOpenDay', followUpPlan });

/** One step: `on(12, '09:15', KADER, register(…))`. */
export const on = (day: number, at: string, as: string, op: DemoOp): DemoStep => ({ day, at, as, op });

/** The demo users who act in the cases (README). */
export const U = {
  kader: 'kader.gombang',
  perangkat: 'perangkat.gombang',
  kades: 'kades.gombang',
  trantibum: 'trantibum.gombang',
  polisi: 'polisi.cawas',
  camat: 'camat.cawas',
  pendidikan: 'opd.pendidikan',
  kesehatan: 'opd.kesehatan',
  sosial: 'opd.sosial',
  pu: 'opd.pu',
  perkim: 'opd.perkim',
  satpolpp: 'satpolpp.klaten',
  damkar: 'damkar.klaten',
  bpbd: 'bpbd.klaten',
  ppa: 'ppa.klaten',
  puskesmas: 'puskesmas.cawas',
  bidan: 'bidan.gombang',
} as const;

/** Units named in returns and declines (the demo seed's names). */
export const UNITS = {
  dinsos: 'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten',
  disperkim: 'Dinas Perumahan Rakyat dan Kawasan Permukiman Kabupaten Klaten',
  bpbd: 'Badan Penanggulangan Bencana Daerah Kabupaten Klaten',
} as const;

/**
 * A NIK of someone first registered in Kecamatan Cawas (33.10.05): region, birth date DDMMYY
 * (women: day + 40), a 4-digit sequence (packages/core/src/identity/nik.ts).
 */
export function nik(birthDate: string, sex: 'F' | 'M', sequence: number): string {
  const [y, m, d] = birthDate.split('-');
  const day = Number(d) + (sex === 'F' ? 40 : 0);
  return `331005${String(day).padStart(2, '0')}${m}${(y as string).slice(2)}${String(sequence).padStart(4, '0')}`;
}

/** A family card (KK) of Kecamatan Cawas: region, issue date DDMMYY, a 4-digit sequence. */
export function kk(issued: string, sequence: number): string {
  const [y, m, d] = issued.split('-');
  return `331005${d}${m}${(y as string).slice(2)}${String(sequence).padStart(4, '0')}`;
}

/** A date in a registration's answers, `n` working days before the first start (filled in when played). */
export const dateOf = (n: number): string => `@day:${n}`;
/** The date `ageDays` calendar days before working day `day` (a child's birth date, so its age stays right). */
export const bornBefore = (day: number, ageDays: number): string => `@day:${day}-${ageDays}`;
