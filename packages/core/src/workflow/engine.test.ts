import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.js';
import { DomainError } from '../errors/domain-error.js';
import { variant } from '../plugin/fixtures/minimal.plugin.js';
import { assemblePlugins } from '../plugin/plugin-registry.js';
import { availableActions, planAction, type CaseWorkflowFacts } from './engine.js';

const plugin = variant((d) => ({
  ...d,
  requiresCoreApi: '1.4',
  workflow: {
    ...d.workflow,
    states: [
      ...d.workflow.states,
      { id: 'waiting', label: d.name, citizenLabel: d.name, pausesClock: true },
      { id: 'village', label: d.name, citizenLabel: d.name },
      { id: 'declined', label: d.name, citizenLabel: d.name, terminal: { outcome: 'DECLINED' } },
      { id: 'settled', label: d.name, citizenLabel: d.name, terminal: { outcome: 'SETTLED_AT_VILLAGE' } },
    ],
    actions: [
      ...d.workflow.actions,
      {
        id: 'wait',
        label: { id: 'Tunggu', en: 'Wait' },
        from: ['open'],
        to: 'waiting',
        roles: ['KADER'],
        requiresReason: true,
      },
      { id: 'resume', label: { id: 'Lanjut', en: 'Resume' }, from: ['waiting'], to: 'open', roles: ['KADER'] },
      {
        id: 'send',
        label: { id: 'Kirim', en: 'Send' },
        from: ['open'],
        to: 'village',
        roles: ['KADER'],
        effects: [{ type: 'assign', route: 'desa' }],
      },
      {
        id: 'settle',
        label: { id: 'Selesai', en: 'Settle' },
        from: ['village'],
        to: 'done',
        roles: ['VILLAGE_OFFICER'],
      },
      {
        id: 'decline',
        label: { id: 'Tolak', en: 'Decline' },
        from: ['open'],
        to: 'declined',
        roles: ['KADER'],
        requiresReason: true,
      },
      {
        id: 'not-eligible',
        label: { id: 'Tidak memenuhi syarat', en: 'Not eligible' },
        from: ['open'],
        to: 'declined',
        roles: ['KADER'],
        requiresReason: true,
        declineReasons: ['NOT_ELIGIBLE'],
      },
      {
        id: 'musyawarah',
        label: { id: 'Selesai di desa', en: 'Settle at village' },
        from: ['open'],
        to: 'settled',
        roles: ['KADER'],
      },
    ],
  },
  routes: [{ id: 'desa', label: { id: 'Desa', en: 'Village' }, unitKind: 'VILLAGE_GOVERNMENT' }],
}));
const registry = assemblePlugins([plugin]);

const kader: Principal = {
  userId: 'k',
  memberships: [{ orgUnitId: 'posyandu', orgUnitKind: 'POSYANDU', areaCode: '33.10.05.2018', role: 'KADER' }],
};
const facts = (over: Partial<CaseWorkflowFacts> = {}): CaseWorkflowFacts => ({
  areaCode: '33.10.05.2018',
  originUnitId: 'posyandu',
  holderUnitId: 'posyandu',
  holderChain: ['posyandu', 'desa'],
  heldByUnitIds: ['posyandu'],
  confidentialReporter: false,
  sectorId: 'fixture',
  serviceTypeId: 'request',
  status: 'open',
  closed: false,
  documents: [],
  visits: [],
  previousHolderUnitId: null,
  ...over,
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : 'not a DomainError';
  }
  return undefined;
}

describe('availableActions', () => {
  it('offers the kader the actions of the state, with what blocks them', () => {
    const options = availableActions(registry, facts(), kader);
    expect(options.map((o) => o.id)).toEqual(['finish', 'wait', 'send', 'decline', 'not-eligible', 'musyawarah']);
    expect(options[0]?.blockedBy[0]?.en).toBe('Required documents are missing: KTP copy.');
    expect(options[1]?.blockedBy).toEqual([]);
  });

  it('checks only the documents a guard names: a later step’s letter does not block an earlier step', () => {
    const twoDocs = variant((d) => ({
      ...d,
      requiresCoreApi: '1.1',
      documents: [
        ...d.documents,
        { code: 'village-letter', label: { id: 'Surat desa', en: 'Village letter' }, minFiles: 1, maxFiles: 1 },
      ],
      serviceTypes: [
        {
          ...d.serviceTypes[0]!,
          documents: [
            { code: 'ktp-copy', required: true },
            { code: 'village-letter', required: true },
          ],
        },
      ],
      workflow: {
        ...d.workflow,
        actions: [{ ...d.workflow.actions[0]!, guards: [{ type: 'documentsComplete', codes: ['ktp-copy'] }] }],
      },
    }));
    const reg = assemblePlugins([twoDocs]);
    const withKtp = facts({ documents: [{ code: 'ktp-copy', status: 'RECEIVED', fileCount: 1 }] });
    expect(availableActions(reg, withKtp, kader)[0]).toMatchObject({ id: 'finish', blockedBy: [] });
    expect(availableActions(reg, facts(), kader)[0]?.blockedBy[0]?.en).toBe(
      'Required documents are missing: KTP copy.',
    );
  });

  it('offers nothing on a closed case', () => {
    expect(availableActions(registry, facts({ closed: true }), kader)).toEqual([]);
  });
});

describe('planAction', () => {
  it('pauses the clock entering a pausing state, and resumes leaving it', () => {
    expect(planAction(registry, facts(), kader, 'wait', { reason: 'KK belum dibawa' })).toMatchObject({
      pauseClock: true,
      resumeClock: false,
    });
    expect(planAction(registry, facts({ status: 'waiting' }), kader, 'resume', {})).toMatchObject({
      pauseClock: false,
      resumeClock: true,
    });
  });

  it('plans the assignment by route and the closure of a final state', () => {
    expect(planAction(registry, facts(), kader, 'send', {}).assign?.unitKind).toBe('VILLAGE_GOVERNMENT');
    const village: Principal = {
      userId: 'v',
      memberships: [{ ...kader.memberships[0]!, orgUnitId: 'desa', role: 'VILLAGE_OFFICER' }],
    };
    const onVillage = facts({ status: 'village', holderUnitId: 'desa', holderChain: ['desa'] });
    expect(planAction(registry, onVillage, village, 'settle', {}).close).toBe('COMPLETED');
  });

  it('refuses with a code: wrong state, wrong role, failed guard, missing reason, unknown action', () => {
    const outsider: Principal = { userId: 'o', memberships: [{ ...kader.memberships[0]!, orgUnitId: 'elsewhere' }] };
    expect(codeOf(() => planAction(registry, facts({ status: 'waiting' }), kader, 'send', {}))).toBe('WRONG_STATE');
    expect(codeOf(() => planAction(registry, facts(), outsider, 'send', {}))).toBe('FORBIDDEN');
    expect(codeOf(() => planAction(registry, facts(), kader, 'finish', {}))).toBe('GUARD_FAILED');
    expect(codeOf(() => planAction(registry, facts(), kader, 'wait', { reason: '   ' }))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => planAction(registry, facts(), kader, 'fly', {}))).toBe('VALIDATION_FAILED');
  });

  it('lets only the current holder of a forwarded case return it, with a reason', () => {
    const village: Principal = {
      userId: 'v',
      memberships: [{ ...kader.memberships[0]!, orgUnitId: 'desa', role: 'VILLAGE_OFFICER' }],
    };
    const forwarded = facts({
      status: 'village',
      holderUnitId: 'desa',
      holderChain: ['desa'],
      previousHolderUnitId: 'posyandu',
    });
    expect(
      planAction(registry, forwarded, village, 'return-not-competent', { reason: 'Bukan wewenang desa' }),
    ).toMatchObject({
      returnToPrevious: true,
      reason: 'Bukan wewenang desa',
    });
    expect(codeOf(() => planAction(registry, forwarded, kader, 'return-not-competent', { reason: 'x' }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => planAction(registry, forwarded, village, 'return-not-competent', {}))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('declines only with a known reason code, named in both languages', () => {
    const decline = (input: Parameters<typeof planAction>[4]) => planAction(registry, facts(), kader, 'decline', input);
    expect(decline({ reason: 'Sudah menerima bantuan', declineReason: 'DUPLICATE' })).toMatchObject({
      close: 'DECLINED',
      declineReason: 'DUPLICATE',
      settlementKind: null,
    });
    expect(codeOf(() => decline({ reason: 'x' }))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => decline({ reason: 'x', declineReason: 'BORED' }))).toBe('UNKNOWN_REASON_CODE');
    try {
      decline({ reason: 'x', declineReason: 'BORED' });
    } catch (e) {
      expect((e as DomainError).messages.id).toContain('"BORED" tidak dikenal');
      expect((e as DomainError).messages.en).toContain('"BORED" is not known');
      expect((e as DomainError).fields[0]?.field).toBe('input.declineReason');
    }
    // Not our authority names where the citizen should go instead.
    expect(codeOf(() => decline({ reason: 'x', declineReason: 'NOT_AUTHORITY' }))).toBe('VALIDATION_FAILED');
    expect(decline({ reason: 'x', declineReason: 'NOT_AUTHORITY', suggestedUnitId: 'dinsos' })).toMatchObject({
      suggestedUnitId: 'dinsos',
    });
  });

  it('takes the only code an action offers when none is given, and refuses another', () => {
    const plan = planAction(registry, facts(), kader, 'not-eligible', { reason: 'Penghasilan di atas batas' });
    expect(plan.declineReason).toBe('NOT_ELIGIBLE');
    expect(
      codeOf(() => planAction(registry, facts(), kader, 'not-eligible', { reason: 'x', declineReason: 'DUPLICATE' })),
    ).toBe('UNKNOWN_REASON_CODE');
  });

  it('settles at village level only with a settlement kind', () => {
    expect(planAction(registry, facts(), kader, 'musyawarah', { settlementKind: 'MUSYAWARAH' })).toMatchObject({
      close: 'SETTLED_AT_VILLAGE',
      settlementKind: 'MUSYAWARAH',
    });
    expect(codeOf(() => planAction(registry, facts(), kader, 'musyawarah', {}))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => planAction(registry, facts(), kader, 'musyawarah', { settlementKind: 'GOTONG' }))).toBe(
      'UNKNOWN_REASON_CODE',
    );
  });

  it('offers the codes with the action', () => {
    const offered = availableActions(registry, facts(), kader);
    expect(offered.find((a) => a.id === 'decline')).toMatchObject({
      outcome: 'DECLINED',
      declineReasons: ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'],
      settlementKinds: [],
    });
    expect(offered.find((a) => a.id === 'musyawarah')).toMatchObject({
      outcome: 'SETTLED_AT_VILLAGE',
      settlementKinds: ['MUSYAWARAH', 'DIRECT_HELP'],
    });
  });
});
