import { validationFailed, type PluginRegistry } from '@posyandu-spm/core';
import type { PluginRoute } from '@posyandu-spm/plugin-api';
import { CalendarService } from '../services/calendar.service.js';
import { spmReport } from './spm-report.js';
import { spmReportTable } from './spm-report.export.js';
import { reportView } from './spm-report.resolver.js';

/**
 * `GET /reports/spm?from=YYYY-MM-DD&to=YYYY-MM-DD[&areaCode=…][&sectorId=…]&format=csv|xlsx`:
 * the `spmReport` query as a file, for the same viewers with the same reach.
 */
export function reportRoutes(registry: PluginRegistry): PluginRoute[] {
  return [
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
        const table = spmReportTable(reportView(data, (id) => registry.sector(id).name));
        const fileName = `laporan-spm-${data.from}-${data.to}${data.areaCode ? `-${data.areaCode}` : ''}.${format}`;
        return ctx.spm.tableDownload(table, format, fileName);
      },
    },
  ];
}
