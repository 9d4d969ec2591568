import { describe, expect, it } from 'vitest';
import { readsEveryCaseOf } from '../access/policy.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { escalationChainShapeProblems, escalationSchedule, type EscalationChain } from './escalation-chain.js';

// Lebaran 2026: Idulfitri on 20–21 March (the 21st a Saturday) with cuti bersama on 18, 19 (Nyepi), 23 and 24.
const wib = new WorkingCalendar({
  zone: 'Asia/Jakarta',
  daysOff: [
    { date: '2026-03-18', kind: 'CUTI_BERSAMA' },
    { date: '2026-03-19', kind: 'NATIONAL' },
    { date: '2026-03-20', kind: 'CUTI_BERSAMA' },
    { date: '2026-03-21', kind: 'NATIONAL' },
    { date: '2026-03-23', kind: 'CUTI_BERSAMA' },
    { date: '2026-03-24', kind: 'CUTI_BERSAMA' },
  ],
  cutiBersamaIsDayOff: true,
});

const chain: EscalationChain = {
  dueSoonWorkingDays: 2,
  levels: [
    { target: 'HOLDER_HEAD', unitId: null, windowWorkingDays: 2 },
    { target: 'UNIT', unitId: 'tim-spm', windowWorkingDays: 3 },
    { target: 'UNIT', unitId: 'sekda', windowWorkingDays: 5 },
  ],
};

describe('escalationSchedule: each notice on the working days of the area', () => {
  it('a case due Tuesday 17 March 2026: due soon on Monday, the levels after Lebaran, not during it', () => {
    const dueAt = new Date('2026-03-17T16:59:59.999Z');
    const s = escalationSchedule(wib, dueAt, chain);
    expect(s.dueSoonAt.toISOString()).toBe('2026-03-15T17:00:00.000Z'); // 00:00 WIB Monday 16 March
    expect(s.levelAt.map((d) => d.toISOString())).toEqual([
      '2026-03-17T17:00:00.000Z', // just past the deadline
      '2026-03-26T17:00:00.000Z', // 2 working days: Wednesday 25, Thursday 26 March
      '2026-03-31T17:00:00.000Z', // 3 more: Friday 27, Monday 30, Tuesday 31 March
    ]);
  });
});

describe('escalationChainShapeProblems: a chain that cannot end on a person is refused before its units are read', () => {
  it('accepts the demo chain', () => {
    expect(escalationChainShapeProblems(chain)).toEqual([]);
  });

  it('names each problem on its level: no unit, a unit twice, a window of 0, and a last level that is a holder', () => {
    const problems = escalationChainShapeProblems({
      dueSoonWorkingDays: 9,
      levels: [
        { target: 'UNIT', unitId: 'tim-spm', windowWorkingDays: 0 },
        { target: 'UNIT', unitId: 'tim-spm', windowWorkingDays: 3 },
        { target: 'UNIT', unitId: null, windowWorkingDays: 3 },
        { target: 'HOLDER_HEAD', unitId: null, windowWorkingDays: 3 },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'dueSoonWorkingDays',
      'levels.0.windowWorkingDays',
      'levels.1.unitId',
      'levels.2.unitId',
      'levels.3.target',
    ]);
    expect(problems[4]?.message.id).toMatch(/^Tingkat terakhir harus unit tetap/);
    expect(escalationChainShapeProblems({ dueSoonWorkingDays: 1, levels: [] }).map((p) => p.field)).toEqual(['levels']);
  });
});

describe('readsEveryCaseOf: who may be an escalation target', () => {
  const member = (
    role: 'SPM_COORDINATOR' | 'REGIONAL_SECRETARY' | 'OPD_OFFICER' | 'KECAMATAN_OFFICER',
    areaCode: string,
  ) => ({
    userId: 'u',
    memberships: [{ orgUnitId: 'x', orgUnitKind: 'SPM_COORDINATION' as const, areaCode, role }],
  });
  it('the coordinator and the Sekda of the kabupaten; not an OPD officer, a camat, or another kabupaten', () => {
    expect(readsEveryCaseOf(member('SPM_COORDINATOR', '33.10'), '33.10')).toBe(true);
    expect(readsEveryCaseOf(member('REGIONAL_SECRETARY', '33.10'), '33.10')).toBe(true);
    expect(readsEveryCaseOf(member('SPM_COORDINATOR', '33.11'), '33.10')).toBe(false);
    expect(readsEveryCaseOf(member('OPD_OFFICER', '33.10'), '33.10')).toBe(false);
    expect(readsEveryCaseOf(member('KECAMATAN_OFFICER', '33.10.05'), '33.10')).toBe(false);
  });
});
