import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures');
const photo = (name: string) => readFileSync(path.join(fixtures, name));
const FRONT = photo('rumah-tampak-depan.jpg'); // 2000×1500 JPEG
const SIDE = photo('rumah-tampak-samping.jpg'); // 1600×1200 JPEG
const BACK = photo('rumah-tampak-belakang.png'); // 900×675 PNG
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const MAX_BYTES = 200 * 1024;

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`;
const ATTACH = `mutation ($id: ID!, $doc: DocumentInput!) {
  attachDocument(caseId: $id, document: $doc) {
    documents { code status fileCount fileNames files { id name contentType sizeBytes width height url thumbnailUrl } }
  } }`;
const DOCS = `query ($id: ID!) { case(id: $id) { identityRedacted documents { code fileCount fileNames files { id url } } } }`;

interface FileView {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  url: string;
  thumbnailUrl: string | null;
}
interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: string; messages: { id: string; en: string } } }>;
}

/** A house-rehabilitation request with every paper but the house photos (they are uploaded). */
function housingInput(nik: string) {
  return {
    sectorId: 'perumahan-rakyat',
    serviceType: 'house-rehabilitation',
    applicant: { name: 'Sumarni', nik, kkNumber: '3310051203090011', phone: '0813-2900-1234' },
    description: 'Atap rumah bocor dan dinding belakang anyaman bambu.',
    facts: { damagedParts: 'Atap bocor', occupants: 4, monthlyIncome: 1_200_000, landDocumentKind: 'LETTER_C' },
    documents: [
      { code: 'ktp-copy', fileNames: ['ktp.jpg'] },
      { code: 'kk-copy', fileNames: ['kk.jpg'] },
      { code: 'no-prior-aid-statement', fileNames: ['pernyataan.jpg'] },
      { code: 'income-certificate', fileNames: ['sk-penghasilan.pdf'] },
      { code: 'land-certificate-copy', fileNames: ['letter-c.jpg'] },
    ],
  };
}

describe('documents are real files: POST /files, attachDocument(fileIds), GET /files/:id', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let pogung: GraphQLClient;
  let opd: GraphQLClient;
  let caseId: string;

  async function upload(
    who: GraphQLClient | null,
    body: { caseId: string; documentCode: string; data: Buffer; name: string; type?: string },
    inQuery = true,
  ): Promise<{ status: number; json: { file?: FileView } & Partial<ErrorBody> }> {
    const form = new FormData();
    if (!inQuery) {
      form.append('caseId', body.caseId);
      form.append('documentCode', body.documentCode);
    }
    form.append('file', new Blob([body.data], { type: body.type ?? 'image/jpeg' }), body.name);
    const query = inQuery ? `?caseId=${body.caseId}&documentCode=${body.documentCode}` : '';
    const res = await fetch(`${t.url}/files${query}`, {
      method: 'POST',
      headers: who?.token ? { authorization: `Bearer ${who.token}` } : {},
      body: form,
    });
    return { status: res.status, json: (await res.json()) as { file?: FileView } & Partial<ErrorBody> };
  }

  async function download(who: GraphQLClient | null, url: string) {
    const res = await fetch(`${t.url}${url}`, { headers: who?.token ? { authorization: `Bearer ${who.token}` } : {} });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      res,
      bytes: Buffer.from(await res.arrayBuffer()),
    };
  }

  beforeAll(async () => {
    t = await startTestServer({
      plugins: await loadInstalledPlugins(),
      clock: new TestClock('2026-11-23T02:00:00Z'),
      fileLimits: { maxBytes: MAX_BYTES },
    });
    [kader, perangkat, pogung, opd] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kader.pogung'),
      t.as('opd.perkim'),
    ]);
    caseId = (
      await kader.request<{ registerCase: { id: string } }>(REGISTER, { input: housingInput('3310055203680002') })
    ).registerCase.id;
  });
  afterAll(() => t?.close());

  it('stores three house photos, scaled down, and attaches them: the document is complete with real files', async () => {
    const sent = [
      { data: FRONT, name: 'rumah-tampak-depan.jpg' },
      { data: SIDE, name: 'rumah-tampak-samping.jpg' },
      { data: BACK, name: 'rumah-tampak-belakang.png', type: 'image/png' },
    ];
    const files: FileView[] = [];
    for (const s of sent) {
      const { status, json } = await upload(kader, { caseId, documentCode: 'house-photos', ...s });
      expect(status, JSON.stringify(json)).toBe(201);
      files.push(json.file!);
    }
    // The 2000-pixel photo fits in 1600 pixels now; the small PNG keeps its size but is re-encoded.
    expect(files[0]).toMatchObject({
      name: 'rumah-tampak-depan.jpg',
      contentType: 'image/jpeg',
      width: 1600,
      height: 1200,
    });
    expect(files[1]).toMatchObject({ width: 1600, height: 1200 });
    expect(files[2]).toMatchObject({ contentType: 'image/jpeg', width: 900, height: 675 });
    expect(files[0]!.url).toBe(`/files/${files[0]!.id}`);

    const attached = await kader.request<{ attachDocument: { documents: Array<Record<string, unknown>> } }>(ATTACH, {
      id: caseId,
      doc: { code: 'house-photos', fileIds: files.map((f) => f.id) },
    });
    const photos = attached.attachDocument.documents.find((d) => d.code === 'house-photos');
    expect(photos).toMatchObject({
      status: 'RECEIVED',
      fileCount: 3,
      fileNames: ['rumah-tampak-depan.jpg', 'rumah-tampak-samping.jpg', 'rumah-tampak-belakang.png'],
    });
    expect((photos!.files as FileView[]).map((f) => f.id)).toEqual(files.map((f) => f.id));

    // The village officer reads the stored photo and its preview; the bytes are what the row says.
    const full = await download(perangkat, files[0]!.url);
    expect(full.status).toBe(200);
    expect(full.type).toBe('image/jpeg');
    expect(full.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(full.bytes.length).toBe(files[0]!.sizeBytes);
    expect(full.res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(full.res.headers.get('cache-control')).toMatch(/private/);
    const thumb = await download(perangkat, files[0]!.thumbnailUrl!);
    expect(thumb.status).toBe(200);
    expect(thumb.bytes.length).toBeLessThan(full.bytes.length);

    const rows = await t.sql.query(
      `select document_code, sha256, uploaded_by_id, document_id is not null attached from case_file where case_id = $1`,
      [caseId],
    );
    expect(rows.rows).toHaveLength(3);
    expect(rows.rows.every((r) => r.attached && r.document_code === 'house-photos' && r.sha256.length === 64)).toBe(
      true,
    );
    const audit = await t.sql.query(
      `select outcome, details from audit_log where operation = 'uploadFile' and case_id = $1 order by id`,
      [caseId],
    );
    expect(audit.rows.map((r) => r.outcome)).toEqual(['OK', 'OK', 'OK']);
    expect(audit.rows[0].details).toMatchObject({ fileId: files[0]!.id, code: 'house-photos' });
  });

  it('returns the same file when the same bytes are sent again (a retry after a lost answer)', async () => {
    const first = await upload(kader, { caseId, documentCode: 'ktp-copy', data: PDF, name: 'ktp.pdf' }, false);
    const again = await upload(kader, { caseId, documentCode: 'ktp-copy', data: PDF, name: 'ktp.pdf' }, false);
    expect(first.status).toBe(201);
    expect(first.json.file).toMatchObject({ contentType: 'application/pdf', width: null, thumbnailUrl: null });
    expect(again.json.file!.id).toBe(first.json.file!.id);
  });

  it('takes the type from the content, not the name: a PNG called .pdf is an image, a web page called .jpg is refused', async () => {
    const png = await upload(kader, {
      caseId,
      documentCode: 'kk-copy',
      data: BACK,
      name: 'kk.pdf',
      type: 'application/pdf',
    });
    expect(png.status).toBe(201);
    expect(png.json.file!.contentType).toBe('image/jpeg');

    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    const refused = await upload(kader, { caseId, documentCode: 'kk-copy', data: html, name: 'foto.jpg' });
    expect(refused.status).toBe(415);
    expect(refused.json.errors![0]!.extensions).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      messages: { id: expect.stringMatching(/Jenis berkas tidak diterima/), en: expect.stringMatching(/not accepted/) },
    });
    const broken = Buffer.concat([FRONT.subarray(0, 200), Buffer.alloc(2000, 7)]);
    const unreadable = await upload(kader, { caseId, documentCode: 'kk-copy', data: broken, name: 'rusak.jpg' });
    expect(unreadable.status).toBe(422);
    expect(unreadable.json.errors![0]!.extensions.code).toBe('FILE_UNREADABLE');
    // A file that only starts like a PDF is opened, found not to be one, and refused with nothing stored.
    const filesBefore = await t.sql.query('select count(*)::int as n from case_file');
    const fake = Buffer.from('%PDF-1.4\nSurat keterangan (diketik, bukan PDF)\n');
    const notPdf = await upload(kader, { caseId, documentCode: 'kk-copy', data: fake, name: 'surat.pdf' });
    expect(notPdf.status).toBe(422);
    expect(notPdf.json.errors![0]!.extensions).toMatchObject({
      code: 'FILE_UNREADABLE',
      messages: { id: expect.stringMatching(/^PDF rusak/), en: expect.stringMatching(/^The PDF is damaged/) },
    });
    expect((await t.sql.query('select count(*)::int as n from case_file')).rows).toEqual(filesBefore.rows);
  });

  it('refuses a file over the size limit, in both languages', async () => {
    const big = Buffer.concat([FRONT.subarray(0, 4), Buffer.alloc(MAX_BYTES + 1, 1)]);
    for (const inQuery of [true, false]) {
      const { status, json } = await upload(
        kader,
        { caseId, documentCode: 'kk-copy', data: big, name: 'besar.jpg' },
        inQuery,
      );
      expect(status).toBe(413);
      expect(json.errors![0]!.extensions).toMatchObject({
        code: 'FILE_TOO_LARGE',
        messages: { id: 'Berkas terlalu besar (paling besar 0.2 MB).', en: 'The file is too large (at most 0.2 MB).' },
      });
    }
  });

  it('lets only those who work on the case upload, and only those who read it download', async () => {
    const body = { caseId, documentCode: 'house-photos', data: SIDE, name: 'x.jpg' };
    expect((await upload(null, body)).status).toBe(401);
    const other = await upload(pogung, body);
    expect(other.status).toBe(404);
    expect(other.json.errors![0]!.extensions.code).toBe('NOT_FOUND');
    const wrongDoc = await upload(kader, { ...body, documentCode: 'no-such-document' });
    expect(wrongDoc.status).toBe(400);
    expect(wrongDoc.json.errors![0]!.extensions.code).toBe('VALIDATION_FAILED');

    const { case: c } = await kader.request<{ case: { documents: Array<{ code: string; files: FileView[] }> } }>(DOCS, {
      id: caseId,
    });
    const url = c.documents.find((d) => d.code === 'house-photos')!.files[0]!.url;
    expect((await download(null, url)).status).toBe(401);
    expect((await download(pogung, url)).status).toBe(404);
    // The housing agency reads the case's files only once the case is sent to it.
    expect((await download(opd, url)).status).toBe(404);
    expect((await download(kader, '/files/not-a-uuid')).status).toBe(404);

    const refusedRows = await t.sql.query(
      `select outcome, case_id from audit_log where operation = 'uploadFile' and outcome <> 'OK' order by id`,
    );
    expect(refusedRows.rows.map((r) => r.outcome)).toEqual(
      expect.arrayContaining(['FILE_TYPE_NOT_ALLOWED', 'FILE_TOO_LARGE', 'NOT_FOUND', 'VALIDATION_FAILED']),
    );
    // A case the caller cannot read is never named in their audit row.
    expect(refusedRows.rows.filter((r) => r.outcome === 'NOT_FOUND').every((r) => r.case_id === null)).toBe(true);
  });

  it('attaches only files uploaded for that document of that case; fileNames still work alone', async () => {
    const { json } = await upload(kader, { caseId, documentCode: 'land-certificate-copy', data: SIDE, name: 'lc.jpg' });
    const wrong = await kader.error(ATTACH, { id: caseId, doc: { code: 'kk-copy', fileIds: [json.file!.id] } });
    expect(wrong.extensions?.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(wrong.extensions?.fields)).toContain('fileIds.0');
    const names = await kader.request<{ attachDocument: { documents: Array<Record<string, unknown>> } }>(ATTACH, {
      id: caseId,
      doc: { code: 'kk-copy', fileNames: ['kk-halaman-1.jpg'] },
    });
    expect(names.attachDocument.documents.find((d) => d.code === 'kk-copy')).toMatchObject({
      fileCount: 1,
      fileNames: ['kk-halaman-1.jpg'],
      files: [],
    });
    const registering = await kader.error(REGISTER, {
      input: {
        ...housingInput('3310056101580004'),
        documents: [{ code: 'house-photos', fileNames: [], fileIds: [json.file!.id] }],
      },
    });
    expect(registering.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('keeps the files of a confidential complaint from anyone who may not see the reporter', async () => {
    const trantibum = await t.as('trantibum.gombang');
    const complaint = await trantibum.request<{ registerCase: { id: string } }>(REGISTER, {
      input: {
        sectorId: 'trantibumlinmas',
        serviceType: 'domestic-violence',
        applicant: { name: 'Bambang Riyadi', nik: '3310051203790002', phone: '0813-2900-1177' },
        description: 'Hampir setiap malam terdengar teriakan dari rumah tetangga.',
        facts: { incidentLocation: 'Dusun Gombang Kidul', incidentDate: '2026-11-21', ongoingThreat: true },
      },
    });
    const id = complaint.registerCase.id;
    const { json } = await upload(trantibum, {
      caseId: id,
      documentCode: 'reporter-identity',
      data: photo('ktp.png'),
      name: 'ktp-pelapor.png',
      type: 'image/png',
    });
    expect(json.file, JSON.stringify(json)).toBeTruthy();
    await trantibum.request(ATTACH, { id, doc: { code: 'reporter-identity', fileIds: [json.file!.id] } });

    // The village officer reads the complaint, but neither sees nor downloads the reporter's KTP.
    const seen = await perangkat.request<{
      case: { identityRedacted: boolean; documents: Array<{ code: string; files: FileView[] }> };
    }>(DOCS, { id });
    expect(seen.case.identityRedacted).toBe(true);
    expect(seen.case.documents.find((d) => d.code === 'reporter-identity')!.files).toEqual([]);
    const refused = await download(perangkat, json.file!.url);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.bytes.toString()).errors[0].extensions.code).toBe('FORBIDDEN');

    // The section reads it, and that read of the reporter's identity is audited.
    expect((await download(trantibum, json.file!.url)).status).toBe(200);
    const reads = await t.sql.query(
      `select details from audit_log where operation = 'REPORTER_IDENTITY' and case_id = $1 and details ? 'fileId'`,
      [id],
    );
    expect(reads.rows).toHaveLength(1);
  });
});
