import type { Me } from '../auth/auth';
import type { KesehatanStation, OpenDayVisitFieldsFragment } from '../gql/graphql';
import type { OpenDayWord } from './open-day-text';

export type Visit = OpenDayVisitFieldsFragment;

/** The five tables in order; table n is TABLES[n - 1]. */
export const TABLES = ['REGISTRATION', 'MEASUREMENT', 'RECORDING', 'SERVICE', 'COUNSELLING'] as const;
export type TableStation = (typeof TABLES)[number];

export const stationWord = (station: KesehatanStation): OpenDayWord => `station${station}`;

export function tableNumber(station: KesehatanStation): number | null {
  const i = (TABLES as readonly string[]).indexOf(station);
  return i < 0 ? null : i + 1;
}

export const CHILD_GROUPS: ReadonlySet<string> = new Set(['NEWBORN', 'TODDLER']);
/** Groups registered with a parent or guardian. */
export const GUARDED_GROUPS: ReadonlySet<string> = new Set(['NEWBORN', 'TODDLER', 'SCHOOL_AGE_TEEN']);

type Memberships = Me['memberships'];

/** The Posyandu units the user is a kader of (they open days and work tables 1, 2, 3 and 5). */
export function kaderPosyandus(memberships: Memberships | undefined): Memberships {
  return (memberships ?? []).filter((m) => m.role === 'KADER' && m.orgUnit.kind === 'POSYANDU');
}

export function isKaderOf(memberships: Memberships | undefined, posyanduId: string): boolean {
  return kaderPosyandus(memberships).some((m) => m.orgUnit.id === posyanduId);
}

export function isHealthWorker(memberships: Memberships | undefined): boolean {
  return (memberships ?? []).some((m) => m.role === 'HEALTH_WORKER');
}

/** Who reads the board (names, measurements): the Posyandu's kader and covering health workers. */
export function readsBoard(memberships: Memberships | undefined): boolean {
  return kaderPosyandus(memberships).length > 0 || isHealthWorker(memberships);
}

/** Who may use the open-day pages at all: those and the village government (the recap). */
export function usesOpenDays(memberships: Memberships | undefined): boolean {
  return (
    readsBoard(memberships) ||
    (memberships ?? []).some(
      (m) => m.role === 'VILLAGE_OFFICER' || m.role === 'KEPALA_DESA' || m.role === 'KECAMATAN_OFFICER',
    )
  );
}

/** The kecamatan a user may read the monthly summary of: a kecamatan officer's, or a Puskesmas's. */
export function summaryKecamatan(memberships: Memberships | undefined): string | null {
  const m = (memberships ?? []).find(
    (x) => x.role === 'KECAMATAN_OFFICER' || (x.role === 'HEALTH_WORKER' && x.orgUnit.kind === 'PUSKESMAS'),
  );
  return m?.orgUnit.areaCode ?? null;
}

export const areaRecapHref = (areaCode: string, month: string) =>
  `/hari-buka/kecamatan/${encodeURIComponent(areaCode)}/${encodeURIComponent(month)}`;

/** Today on this phone, YYYY-MM-DD (the kader's phone is in the Posyandu's time zone). */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const MY_TABLE_KEY = 'psp.openDay.myTable';

/** The table this device works, remembered across days. */
export function storedMyTable(): number | null {
  try {
    const n = Number(localStorage.getItem(MY_TABLE_KEY));
    return Number.isInteger(n) && n >= 1 && n <= TABLES.length ? n : null;
  } catch {
    return null;
  }
}

export function storeMyTable(n: number): void {
  try {
    localStorage.setItem(MY_TABLE_KEY, String(n));
  } catch {
    // Private mode: remembered for this page only.
  }
}

export const boardHref = (sessionId: string) => `/hari-buka/${encodeURIComponent(sessionId)}`;
export const tableHref = (sessionId: string, n: number) => `${boardHref(sessionId)}/meja/${n}`;
export const recapHref = (sessionId: string) => `${boardHref(sessionId)}/rekap`;
export const closeHref = (sessionId: string) => `${boardHref(sessionId)}/tutup`;
export const monthRecapHref = (posyanduId: string, month: string) =>
  `/hari-buka/bulan/${encodeURIComponent(posyanduId)}/${encodeURIComponent(month)}`;
