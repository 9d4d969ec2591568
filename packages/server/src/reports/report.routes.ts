import { validationFailed, type PluginRegistry } from '@posyandu-spm/core';
import type { PluginRoute } from '@posyandu-spm/plugin-api';
import { CalendarService } from '../services/calendar.service.js';
import { sectorName } from '../graphql/types/uninstalled-sector.js';
import { spmReport } from './spm-report.js';
import { spmReportTable } from './spm-report.export.js';
import { reportView } from './spm-report.resolver.js';
import { recapPdf } from './recap-pdf.js';
import { recapTable } from './recap-table.js';
import { spmRecap } from './spm-recap.js';
import { recapView } from './spm-recap.view.js';
import { caseExport } from './case-export.js';
import { localTimeText, tableDownload } from './table-export.js';

/**
 * `GET /reports/spm-recap?year=YYYY[&month=M|&quarter=Q][&areaCode=…][&sectorId=…]&format=csv|xlsx|pdf`:
 * the `spmRecap` query as the file a kabupaten files, with the same figures (recap-table.ts).
 *
 * `GET /reports/spm?from=YYYY-MM-DD&to=YYYY-MM-DD[&areaCode=…][&sectorId=…]&format=csv|xlsx`:
 * the `spmReport` query as a file, for the same viewers with the same reach.
 *
 * `GET /reports/cases?format=csv|xlsx[&lang=en]&<cases(filter:) fields>[&orderBy=…]`: the case list
 * (`cases(filter:, orderBy:)`, the same cases in the same order) as a file, at most `maxExportRows`
 * (EXPORT_TOO_LARGE above it); the applicant's NIK masked.
 */
export function reportRoutes(registry: PluginRegistry, options: { maxExportRows: number }): PluginRoute[] {
  return [
    {
      path: 'cases',
      async handler(ctx, query) {
        const format = query.format ?? 'csv';
        if (format !== 'csv' && format !== 'xlsx') {
          throw validationFailed([
            { field: 'format', message: { id: 'Format: csv atau xlsx.', en: 'Format: csv or xlsx.' } },
          ]);
        }
        const table = await caseExport(ctx.em, ctx.principal, registry, query, {
          now: ctx.now,
          maxRows: options.maxExportRows,
        });
        // Named by the local date the times are written in (not the UTC date: 00:30 WIB is yesterday in UTC).
        const stamp = localTimeText({ at: ctx.now, zone: table.timeZone }).slice(0, 10);
        return tableDownload(table, format, `daftar-kasus-${stamp}.${format}`);
      },
    },
    {
      path: 'spm',
      async handler(ctx, query) {
        const format = query.format ?? 'csv';
        if (format !== 'csv' && format !== 'xlsx') {
          throw validationFailed([
            { field: 'format', message: { id: 'Format: csv atau xlsx.', en: 'Format: csv or xlsx.' } },
          ]);
        }
        const data = await spmReport(
          ctx.em,
          ctx.principal,
          new CalendarService(ctx.em),
          registry,
          {
            from: query.from ?? '',
            to: query.to ?? '',
            areaCode: query.areaCode || null,
            sectorId: query.sectorId || null,
          },
          ctx.now,
        );
        const table = spmReportTable(reportView(data, (id) => sectorName(registry, id)));
        const fileName = `laporan-spm-${data.from}-${data.to}${data.areaCode ? `-${data.areaCode}` : ''}.${format}`;
        return ctx.spm.tableDownload(table, format, fileName);
      },
    },
    {
      path: 'spm-recap',
      async handler(ctx, query) {
        const format = query.format ?? 'csv';
        if (format !== 'csv' && format !== 'xlsx' && format !== 'pdf') {
          throw validationFailed([
            { field: 'format', message: { id: 'Format: csv, xlsx atau pdf.', en: 'Format: csv, xlsx or pdf.' } },
          ]);
        }
        const int = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
        const data = await spmRecap(
          ctx.em,
          ctx.principal,
          registry,
          {
            areaCode: query.areaCode || null,
            sectorId: query.sectorId || null,
            period: { year: int(query.year) ?? Number.NaN, month: int(query.month), quarter: int(query.quarter) },
          },
          ctx.now,
        );
        const view = recapView(data, registry);
        const fileName = `rekap-spm-${data.area.code}-${data.period.from.slice(0, 7)}-${data.period.kind.toLowerCase()}.${format}`;
        if (format === 'pdf') {
          return { contentType: 'application/pdf', fileName, body: await recapPdf(view, data.governmentUnit) };
        }
        return ctx.spm.tableDownload(recapTable(view), format, fileName);
      },
    },
  ];
}
