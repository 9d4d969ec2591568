import type { PluginRegistry, Principal } from '@posyandu-spm/core';
import { parseInput, personSchema } from '@posyandu-spm/core/intake';
import { tableDownload } from '../reports/table-export.js';
import { CaseEvent } from '../entities/case-event.entity.js';
import { Case } from '../entities/case.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { Person } from '../entities/person.entity.js';
import { Visit } from '../entities/visit.entity.js';
import { CalendarService } from '../services/calendar.service.js';
import { registerCase, type PersonInput } from '../services/case-registration.service.js';
import { upsertPerson } from '../services/person-register.js';
import { requirePrincipal } from '../services/principal.js';
import type { CaseSummary, PersonSummary, PluginServices } from '@posyandu-spm/plugin-api';
import type { TopicHub } from './topic-hub.js';

/** The person a plugin records, checked as the console checks it. */
const PERSON = personSchema();

function caseSummary(c: Case): CaseSummary {
  return {
    id: c.id,
    code: c.code,
    sectorId: c.sectorId,
    serviceTypeId: c.serviceTypeId,
    status: c.status,
    dueAt: c.dueAt,
    closedAt: c.closedAt ?? null,
    outcome: c.outcome ?? null,
    holderId: c.holder.id,
  };
}

function personSummary(p: Person): PersonSummary {
  return { id: p.id, nik: p.nik, name: p.name, phone: p.phone, address: p.address };
}

/**
 * The services a plugin reaches through `ctx.spm`, bound to one request's
 * principal and clock (read at each call: a live socket's roles may change).
 */
export function pluginServices(deps: {
  registry: PluginRegistry;
  topics: TopicHub;
  principal: () => Principal | null;
  now: () => Date;
}): PluginServices {
  return {
    async registerCase(em, input) {
      const principal = requirePrincipal(deps.principal());
      const c = await registerCase(
        { em, registry: deps.registry, calendars: new CalendarService(em), principal, now: deps.now() },
        input,
      );
      return caseSummary(c);
    },

    tableDownload(table, format, fileName) {
      return tableDownload(table, format, fileName);
    },

    async caseSummaries(em, ids) {
      if (!ids.length) return [];
      return (await em.find(Case, { id: { $in: [...ids] } })).map(caseSummary);
    },

    async caseProgress(em, ids) {
      if (!ids.length) return [];
      const [cases, visits] = await Promise.all([
        em.find(Case, { id: { $in: [...ids] } }),
        em.find(Visit, { case: { $in: [...ids] } }, { orderBy: { visitedAt: 'asc' } }),
      ]);
      const closed = cases.filter((c) => c.closedAt);
      const closings = closed.length
        ? await em.find(
            CaseEvent,
            { case: { $in: closed.map((c) => c.id) }, type: 'ACTION_TAKEN' },
            { orderBy: { occurredAt: 'desc', id: 'desc' } },
          )
        : [];
      return cases.map((c) => {
        const closing = c.closedAt ? closings.find((e) => e.case.id === c.id && e.toStatus === c.status) : undefined;
        return {
          caseId: c.id,
          visits: visits
            .filter((v) => v.case.id === c.id)
            .map((v) => ({
              kind: v.kind,
              visitedAt: v.visitedAt,
              findings: v.findings,
              recommendation: v.recommendation,
            })),
          closingNote: closing ? (closing.note ?? closing.reason) : null,
        };
      });
    },

    async orgUnits(em, ids) {
      if (!ids.length) return [];
      return (await em.find(OrgUnit, { id: { $in: [...ids] } })).map((u) => ({
        id: u.id,
        kind: u.kind,
        name: u.name,
        areaCode: u.area.unwrap().code,
      }));
    },

    async upsertPerson(em, input: PersonInput) {
      const checked = parseInput(PERSON, input, { prefix: 'person' });
      const person = await upsertPerson(em, checked, deps.now());
      await em.flush();
      return personSummary(person);
    },

    async findPersonByNik(em, nik) {
      const person = await em.findOne(Person, { nik });
      return person ? personSummary(person) : null;
    },

    async people(em, ids) {
      if (!ids.length) return [];
      return (await em.find(Person, { id: { $in: [...ids] } })).map(personSummary);
    },

    signal: (em, topic, key) => deps.topics.signal(em, topic, key),
    listen: (topic, key, signal) => deps.topics.listen(topic, key, signal),
  };
}
