import type { FactDefinition, PluginRegistry } from '@posyandu-spm/core';
import type { Case } from '../entities/case.entity.js';
import { serviceTypeOfCase, stateOfCase } from '../graphql/types/uninstalled-sector.js';
import { Open311Error } from './open311-format.js';

/** `pendidikan.school-costs`: a sector's service type as an Open311 service code. */
export function serviceCode(sectorId: string, serviceTypeId: string): string {
  return `${sectorId}.${serviceTypeId}`;
}

export function parseServiceCode(
  registry: PluginRegistry,
  code: string,
): { sectorId: string; serviceTypeId: string } | null {
  const dot = code.indexOf('.');
  const sectorId = code.slice(0, dot);
  const serviceTypeId = code.slice(dot + 1);
  const plugin = registry.plugins.find((p) => p.id === sectorId);
  return dot > 0 && plugin?.serviceTypes.some((t) => t.id === serviceTypeId) ? { sectorId, serviceTypeId } : null;
}

/** The services list: one per installed service type, grouped by sector (Indonesian names). */
export function servicesOf(registry: PluginRegistry) {
  return registry.plugins.flatMap((p) =>
    p.serviceTypes.map((t) => ({
      service_code: serviceCode(p.id, t.id),
      service_name: t.name.id,
      description: t.description?.id ?? t.name.en,
      metadata: true,
      type: 'realtime',
      keywords: [p.id, t.id, t.name.en].join(','),
      group: p.name.id,
    })),
  );
}

interface Attribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: Array<{ key: string; name: string }>;
}

const DATATYPE: Record<FactDefinition['type'], Attribute['datatype']> = {
  text: 'text',
  number: 'number',
  boolean: 'singlevaluelist',
  date: 'datetime',
  choice: 'singlevaluelist',
  locations: 'text',
};

/**
 * The attributes of a service: the applicant's NIK (and KK number where the service needs it),
 * then the plugin's intake facts. The applicant's name and phone are Open311's own first_name,
 * last_name and phone; the description is `description`.
 */
export function attributesOf(registry: PluginRegistry, sectorId: string, serviceTypeId: string): Attribute[] {
  const plugin = registry.sector(sectorId);
  const type = registry.serviceType(sectorId, serviceTypeId);
  const core: Attribute[] = [
    {
      variable: true,
      code: 'nik',
      datatype: 'string',
      required: !plugin.reporterIdentityOptional,
      datatype_description: '16 digit NIK',
      order: 1,
      description: 'NIK pemohon (16 digit) / Applicant NIK (16 digits)',
    },
  ];
  if (type.applicantKkRequired) {
    core.push({
      variable: true,
      code: 'kk_number',
      datatype: 'string',
      required: true,
      datatype_description: '16 digit Kartu Keluarga number',
      order: 2,
      description: 'Nomor Kartu Keluarga (16 digit) / Family card number (16 digits)',
    });
  }
  const facts = (type.facts ?? []).map((f, i): Attribute => ({
    variable: true,
    code: f.id,
    datatype: DATATYPE[f.type],
    required: f.required,
    datatype_description:
      f.type === 'locations'
        ? 'JSON: [{"lat": -7.7, "lng": 110.6, "description": "…"}]; or leave out and send lat, long and address_string'
        : f.type === 'date'
          ? 'YYYY-MM-DD'
          : f.label.en,
    order: core.length + i + 1,
    description: `${f.label.id} / ${f.label.en}`,
    ...(f.type === 'choice'
      ? { values: (f.options ?? []).map((o) => ({ key: o.value, name: `${o.label.id} / ${o.label.en}` })) }
      : f.type === 'boolean'
        ? {
            values: [
              { key: 'true', name: 'Ya / Yes' },
              { key: 'false', name: 'Tidak / No' },
            ],
          }
        : {}),
  }));
  return [...core, ...facts];
}

/** `attribute[code]=value` of a form post, as `{ code: value }`. */
export function attributeParams(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const nested = body.attribute;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    for (const [k, v] of Object.entries(nested as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  }
  for (const [k, v] of Object.entries(body)) {
    const m = /^attribute\[([^\]]+)\]$/.exec(k);
    if (m && typeof v === 'string') out[m[1] as string] = v;
  }
  return out;
}

/** The facts of a registration from the attributes; unknown codes and unreadable values are Open311 errors. */
export function factsFrom(
  registry: PluginRegistry,
  sectorId: string,
  serviceTypeId: string,
  attributes: Record<string, string>,
  point: { lat: number; lng: number; description: string } | null,
): Record<string, unknown> {
  const known = new Map((registry.serviceType(sectorId, serviceTypeId).facts ?? []).map((f) => [f.id, f]));
  const problems: string[] = [];
  const facts: Record<string, unknown> = {};
  for (const [code, raw] of Object.entries(attributes)) {
    if (code === 'nik' || code === 'kk_number') continue;
    const fact = known.get(code);
    if (!fact) {
      problems.push(`attribute[${code}]: not an attribute of this service`);
      continue;
    }
    if (fact.type === 'number') {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) problems.push(`attribute[${code}]: not a number`);
      else facts[code] = n;
    } else if (fact.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') problems.push(`attribute[${code}]: true or false`);
      else facts[code] = raw === 'true';
    } else if (fact.type === 'locations') {
      try {
        facts[code] = JSON.parse(raw);
      } catch {
        problems.push(`attribute[${code}]: not JSON`);
      }
    } else {
      facts[code] = raw;
    }
  }
  for (const fact of known.values()) {
    if (fact.type === 'locations' && facts[fact.id] === undefined && point) facts[fact.id] = [point];
  }
  if (problems.length) throw new Open311Error(400, problems);
  return facts;
}

/** A case as an Open311 service request: status open/closed, the citizen-facing state as notes. */
export function requestView(registry: PluginRegistry, c: Case) {
  const state = stateOfCase(registry, c.sectorId, c.status, c.closedAt !== null);
  const type = serviceTypeOfCase(registry, c.sectorId, c.serviceTypeId);
  return {
    service_request_id: c.code,
    status: c.closedAt ? 'closed' : 'open',
    status_notes: `${state.citizenLabel.id} / ${state.citizenLabel.en}`,
    service_name: type.name.id,
    service_code: serviceCode(c.sectorId, c.serviceTypeId),
    description: c.description,
    agency_responsible: c.holder.getEntity().name,
    service_notice: `Dijawab paling lambat ${c.dueAt.toISOString()} (5 hari kerja) / Answered by then (5 working days)`,
    requested_datetime: c.registeredAt.toISOString(),
    updated_datetime: c.updatedAt.toISOString(),
    expected_datetime: c.dueAt.toISOString(),
    address: [c.dusun, c.rw && `RW ${c.rw}`, c.rt && `RT ${c.rt}`].filter(Boolean).join(', ') || null,
    address_id: c.area.code,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  };
}
