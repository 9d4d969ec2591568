/**
 * An OPD system's inbox worker, written with nothing but @posyandu-spm/sdk (docs/integrations.md):
 * polls the open inbox for changes since the last poll, accepts the first case, attaches a document
 * file and completes the case. Run it with
 *
 *   SPM_URL=http://127.0.0.1:4000 SPM_API_KEY=psk_… ACCEPT_ACTION=record-opd-follow-up \
 *   COMPLETE_ACTION=complete DOCUMENT_CODE=ktp-copy npx tsx packages/sdk/src/examples/opd-inbox-worker.ts
 *
 * It prints one JSON line with what it saw and did (the cross-package test runs it as a child process).
 */
import { AttachDocument, GetCase, ListCases, PerformAction, SpmApiError, SpmClient, pages } from '@posyandu-spm/sdk';

const env = (name: string, fallback?: string): string => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const client = new SpmClient({ url: env('SPM_URL'), apiKey: env('SPM_API_KEY') });
const report: Record<string, unknown> = {};
let step = 'list';
try {
  // 1. Poll: the open cases of our inbox changed since the last poll (the first time: since a date).
  const inbox: Array<{ id: string; code: string; version: number }> = [];
  await (async () => {
    for await (const c of pages(
      client,
      ListCases,
      { filter: { inbox: true, open: true, updatedSince: env('SINCE', '2026-01-01T00:00:00Z') }, first: 20 },
      (data) => data.cases,
      (last) => (report.nextUpdatedSince = last.nextUpdatedSince),
    )) {
      inbox.push({ id: c.id, code: c.code, version: c.version });
    }
  })();
  report.inbox = inbox.map((c) => c.code);
  const target = inbox[0];
  if (!target) throw new Error('the inbox is empty');

  // 2. Accept it (the sector's action for the OPD taking the case on), on the version we read.
  step = 'accept';
  const accepted = await client.request(PerformAction, {
    caseId: target.id,
    action: env('ACCEPT_ACTION'),
    expectedVersion: target.version,
    input: { note: 'Diterima oleh SIM OPD; survei dijadwalkan.' },
    idempotencyKey: `accept-${target.id}`,
  });
  report.accepted = accepted.performAction.status;

  // 3. Attach a document: upload the file, then name it on the document.
  step = 'attach';
  const pdf = new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  const file = await client.uploadFile({
    caseId: target.id,
    documentCode: env('DOCUMENT_CODE'),
    bytes: pdf,
    fileName: 'berita-acara-survei.pdf',
    contentType: 'application/pdf',
  });
  const attached = await client.request(AttachDocument, {
    caseId: target.id,
    document: { code: env('DOCUMENT_CODE'), fileNames: [], fileIds: [file.id] },
    idempotencyKey: `attach-${file.id}`,
  });
  report.attached = attached.attachDocument.documents.find((d) => d.code === env('DOCUMENT_CODE'))?.fileCount;

  // 4. Complete it, on the version the last change returned.
  step = 'complete';
  const current = await client.request(GetCase, { id: target.id });
  const completed = await client.request(PerformAction, {
    caseId: target.id,
    action: env('COMPLETE_ACTION'),
    expectedVersion: current.case?.version ?? 0,
    input: { note: 'Bantuan disalurkan.' },
    idempotencyKey: `complete-${target.id}`,
  });
  report.completed = { status: completed.performAction.status, outcome: completed.performAction.outcome };
  report.rateLimit = client.rateLimit;
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  report.error = {
    step,
    code: error instanceof SpmApiError ? error.code : 'CLIENT_ERROR',
    message: error instanceof Error ? error.message : String(error),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exitCode = 2;
}
