import {
  canSeeReporterIdentity,
  forbidden,
  mayRequestReporterAccess,
  timeZoneOfArea,
  zoneLabel,
  type FieldProblem,
} from '@posyandu-spm/core';
import { parseInput, reporterAccessSchema } from '@posyandu-spm/core/intake';
import type { Case } from '../entities/case.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { recordEvent } from './case-events.js';
import { accessFacts } from './case-facts.js';
import { loadCaseForWork, touchCase } from './case-work.js';
import { notifyUnit } from './notify-unit.js';
import type { ServiceDeps } from './service-deps.js';
import { eventActor } from './principal.js';

/** A time as people of the case's area read it, e.g. "24 Nov 2026, 09.00 WIB". */
function localTime(at: Date, areaCode: string, locale: 'id-ID' | 'en-GB'): string {
  const timeZone = timeZoneOfArea(areaCode);
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at)} ${zoneLabel(timeZone)}`;
}

export const REPORTER_ACCESS_DEFAULT_HOURS = 24;
const REPORTER_ACCESS = reporterAccessSchema();
const HOUR_MS = 60 * 60 * 1000;

/**
 * DESIGN §8: a confidential reporter's identity is seen by the village Trantibumlinmas section, the
 * kepala desa and the unit the complaint went to; "anyone else who must see it asks for time-limited
 * access with a reason, and that grant is logged". A reader of the case who does not see the
 * reporter by role asks with a reason of at least 20 characters and gets access for up to 72 hours
 * at once (the case is often urgent and the section may be unreachable at night), made visible:
 * - an event REPORTER_ACCESS_GRANTED on the case's timeline (who, until when, why) — everyone who
 *   reads the case sees who looked;
 * - an in-app notification and e-mail to the village's Trantibumlinmas section and its kepala desa;
 * - the audit log row of the mutation (who, when, which case).
 * API clients cannot ask: a system has no reason of its own.
 */
export async function requestReporterAccess(
  deps: ServiceDeps & { isPerson: boolean },
  caseId: string,
  reason: string,
  hours: number,
): Promise<Case> {
  return deps.em.transactional(async (em) => {
    const { c, holder } = await loadCaseForWork(em, deps.registry, deps.principal, caseId, null);
    if (!deps.isPerson) {
      throw forbidden({
        id: 'Akses identitas pelapor hanya dapat diminta oleh orang, bukan sistem.',
        en: "Access to the reporter's identity can only be asked for by a person, not a system.",
      });
    }
    const facts = accessFacts(c, holder, deps.registry, deps.now);
    const problems: FieldProblem[] = [];
    const caseLabel = { id: 'Kasus', en: 'Case' };
    if (!c.confidentialReporter) {
      problems.push({
        field: 'caseId',
        label: caseLabel,
        message: {
          id: 'Identitas pelapor kasus ini tidak dirahasiakan.',
          en: "This case's reporter identity is not confidential.",
        },
      });
    } else if (canSeeReporterIdentity(deps.principal, facts) || !mayRequestReporterAccess(deps.principal, facts)) {
      problems.push({
        field: 'caseId',
        label: caseLabel,
        message: {
          id: 'Anda sudah dapat melihat identitas pelapor.',
          en: "You can already see the reporter's identity.",
        },
      });
    }
    const { reason: why } = parseInput(REPORTER_ACCESS, { reason, hours }, { extra: problems });

    const until = new Date(deps.now.getTime() + hours * HOUR_MS);
    c.reporterAccess = [
      ...c.reporterAccess.filter((g) => Date.parse(g.until) > deps.now.getTime() && g.userId !== deps.principal.userId),
      { userId: deps.principal.userId, until: until.toISOString() },
    ];
    touchCase(c, deps.now);
    const event = recordEvent(em, c, {
      type: 'REPORTER_ACCESS_GRANTED',
      ...eventActor(deps.principal),
      holderId: holder.id,
      reason: why,
      payload: { until: until.toISOString(), hours },
      at: deps.now,
    });
    const message = {
      id: `Akses sementara ke identitas pelapor kasus ${c.code} diberikan sampai ${localTime(until, c.area.code, 'id-ID')}; alasannya ada di riwayat kasus.`,
      en: `Temporary access to the reporter's identity on case ${c.code} was granted until ${localTime(until, c.area.code, 'en-GB')}; the reason is on the case timeline.`,
    };
    const [section, village] = await Promise.all([
      em.findOne(OrgUnit, { kind: 'VILLAGE_TRANTIBUM', area: c.area.code }),
      em.findOne(OrgUnit, { kind: 'VILLAGE_GOVERNMENT', area: c.area.code }),
    ]);
    if (section) await notifyUnit(em, section.id, c, event, 'REPORTER_ACCESS_GRANTED', message, deps.now, deps.now);
    if (village) {
      await notifyUnit(em, village.id, c, event, 'REPORTER_ACCESS_GRANTED', message, deps.now, deps.now, [
        'KEPALA_DESA',
      ]);
    }
    await em.flush();
    return c;
  });
}
