import { validationFailed } from '@posyandu-spm/core';
import type { PluginRoute } from '@posyandu-spm/server';
import { monthlyRecap, sessionRecap } from './open-day-recap.js';
import { recapCsv, recapXlsx } from './recap-export.js';

/**
 * `GET /plugins/kesehatan/open-day/recap?sessionId=…&format=csv|xlsx`, or
 * `?posyanduId=…&month=YYYY-MM`: the recap as a file, for whoever may read it in GraphQL.
 */
export const recapRoute: PluginRoute = {
  path: 'open-day/recap',
  async handler(ctx, query) {
    const format = query.format ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx') {
      throw validationFailed([
        { field: 'format', message: { id: 'Format: csv atau xlsx.', en: 'Format: csv or xlsx.' } },
      ]);
    }
    const recap = query.sessionId
      ? await sessionRecap(ctx.em, ctx.spm, ctx.principal, query.sessionId)
      : await monthlyRecap(ctx.em, ctx.spm, ctx.principal, query.posyanduId ?? '', query.month ?? '');
    const fileName = `rekap-hari-buka-${recap.period}.${format}`;
    return format === 'csv'
      ? { contentType: 'text/csv; charset=utf-8', fileName, body: recapCsv(recap) }
      : {
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          fileName,
          body: recapXlsx(recap),
        };
  },
};
