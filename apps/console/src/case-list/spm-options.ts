import type { BilingualText } from '../i18n/i18n';

/** What the list needs of a sector to offer its jenis pelayanan dasar and penerima (`Sector.spmServices`). */
export interface SectorSpm {
  id: string;
  name: BilingualText;
  spmServices: ReadonlyArray<{
    id: string;
    name: BilingualText;
    penerima: ReadonlyArray<{ id: string; label: BilingualText }>;
  }>;
}
type Text = (value: BilingualText) => string;
export interface Option {
  value: string;
  label: string;
}

/**
 * The select value of "not mapped" (the URL's and the filter's empty string; a select's empty
 * value already means "any").
 */
export const NOT_MAPPED = '-';

function inScope(sectors: readonly SectorSpm[], sectorIds: readonly string[] | undefined): readonly SectorSpm[] {
  return sectorIds?.length ? sectors.filter((s) => sectorIds.includes(s.id)) : sectors;
}

/**
 * The jenis pelayanan dasar of the chosen sectors (every sector when none is chosen), named
 * "sector: service" when more than one sector is offered, then "not mapped".
 */
export function spmServiceOptions(
  sectors: readonly SectorSpm[],
  sectorIds: readonly string[] | undefined,
  text: Text,
  notMapped: string,
): Option[] {
  const scope = inScope(sectors, sectorIds);
  const seen = new Set<string>();
  const options: Option[] = [];
  for (const sector of scope) {
    for (const service of sector.spmServices) {
      if (seen.has(service.id)) continue;
      seen.add(service.id);
      const name = text(service.name);
      options.push({ value: service.id, label: scope.length > 1 ? `${text(sector.name)}: ${name}` : name });
    }
  }
  return [...options, { value: NOT_MAPPED, label: notMapped }];
}

/** The penerima the offered services count toward (only the chosen service's when one is), then "not mapped". */
export function penerimaOptions(
  sectors: readonly SectorSpm[],
  sectorIds: readonly string[] | undefined,
  spmService: string | undefined,
  text: Text,
  notMapped: string,
): Option[] {
  const options = new Map<string, string>();
  for (const sector of inScope(sectors, sectorIds)) {
    for (const service of sector.spmServices) {
      if (spmService && service.id !== spmService) continue;
      for (const p of service.penerima) if (!options.has(p.id)) options.set(p.id, text(p.label));
    }
  }
  return [...[...options].map(([value, label]) => ({ value, label })), { value: NOT_MAPPED, label: notMapped }];
}

/** Labels for the ids a drill-down URL carries; an id no installed sector declares is shown as itself. */
export function spmLabels(sectors: readonly SectorSpm[]) {
  const services = new Map<string, BilingualText>();
  const penerima = new Map<string, BilingualText>();
  for (const sector of sectors) {
    for (const service of sector.spmServices) {
      if (!services.has(service.id)) services.set(service.id, service.name);
      for (const p of service.penerima) penerima.set(p.id, p.label);
    }
  }
  return {
    service: (id: string, text: Text) => (services.has(id) ? text(services.get(id)!) : id),
    penerima: (id: string, text: Text) => (penerima.has(id) ? text(penerima.get(id)!) : id),
  };
}
