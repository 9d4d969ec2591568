import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { S3FileStore } from '@posyandu-spm/server';
import {
  createTestDatabase,
  GraphQLClient,
  startS3Server,
  startServerProcess,
  startTestServer,
  type TestS3Server,
  type TestServer,
} from '@posyandu-spm/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FRONT = readFileSync(path.join(ROOT, 'test/e2e/fixtures/rumah-tampak-depan.jpg')); // 2000×1500 JPEG
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PREFIX = 'desa-gombang/files/';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`;

/** A house-rehabilitation request; its `house-photos` document is uploaded in the tests. */
const housingInput = (nik: string) => ({
  sectorId: 'perumahan-rakyat',
  serviceType: 'house-rehabilitation',
  applicant: { name: 'Sumarni', nik, kkNumber: '3310051203090011', phone: '0813-2900-1234' },
  description: 'Atap rumah bocor dan dinding belakang anyaman bambu.',
  facts: { damagedParts: 'Atap bocor', occupants: 4, monthlyIncome: 1_200_000, landDocumentKind: 'LETTER_C' },
});

interface Uploaded {
  status: number;
  json: { file?: { id: string; url: string; thumbnailUrl: string | null; sizeBytes: number; width: number } };
}

async function upload(url: string, token: string, caseId: string, data: Buffer, name: string): Promise<Uploaded> {
  const form = new FormData();
  form.append('file', new Blob([data]), name);
  const res = await fetch(`${url}/files?caseId=${caseId}&documentCode=house-photos`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await res.text();
  return { status: res.status, json: text.startsWith('{') ? JSON.parse(text) : {} };
}

async function download(url: string, token: string) {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('documents stored in an S3-compatible bucket (FILE_STORE=s3)', () => {
  let s3: TestS3Server;
  let store: S3FileStore;
  let raw: S3Client;
  let t: TestServer;
  let kader: GraphQLClient;
  let caseId: string;

  /** What the bucket itself holds under the server's prefix, asked of the S3 server directly. */
  async function objectsInBucket(): Promise<string[]> {
    const listed = await raw.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: PREFIX }));
    return (listed.Contents ?? []).map((o) => o.Key!).sort();
  }
  async function objectBytes(key: string): Promise<Buffer> {
    const got = await raw.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    return Buffer.from(await got.Body!.transformToByteArray());
  }

  beforeAll(async () => {
    s3 = await startS3Server();
    store = await S3FileStore.connect(s3.storeOptions(PREFIX));
    raw = new S3Client({
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: s3.credentials,
    });
    t = await startTestServer({ plugins: await loadInstalledPlugins(), fileStore: store });
    kader = await t.as('kader.gombang');
    caseId = (
      await kader.request<{ registerCase: { id: string } }>(REGISTER, { input: housingInput('3310055203680002') })
    ).registerCase.id;
  });
  afterAll(async () => {
    await t?.close();
    store?.close();
    raw?.destroy();
    await s3?.close();
  });

  it('puts the scaled-down photo and its preview in the bucket, and serves those bytes to the village officer', async () => {
    const { status, json } = await upload(t.url, kader.token!, caseId, FRONT, 'rumah-tampak-depan.jpg');
    expect(status, JSON.stringify(json)).toBe(201);
    const file = json.file!;
    expect(await objectsInBucket()).toEqual([`${PREFIX}${file.id}`, `${PREFIX}${file.id}.thumb`]);

    const inBucket = await objectBytes(`${PREFIX}${file.id}`);
    const perangkat = await t.as('perangkat.gombang');
    const got = await download(`${t.url}${file.url}`, perangkat.token!);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('content-length')).toBe(String(inBucket.length));
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.bytes.equals(inBucket)).toBe(true);
    // The 2000×1500 photo came back 1600×1200 and smaller: what a slow link receives.
    const meta = await sharp(got.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([1600, 1200]);
    expect(got.bytes.length).toBe(file.sizeBytes);
    expect(got.bytes.length).toBeLessThan(FRONT.length);

    const thumb = await download(`${t.url}${file.thumbnailUrl}`, perangkat.token!);
    expect(thumb.bytes.equals(await objectBytes(`${PREFIX}${file.id}.thumb`))).toBe(true);
    expect(Math.max((await sharp(thumb.bytes).metadata()).width!, 0)).toBeLessThanOrEqual(320);
  });

  it('answers NOT_FOUND to a kader of another village, as if the file did not exist', async () => {
    const { json } = await upload(t.url, kader.token!, caseId, PDF, 'surat.pdf');
    const pogung = await t.as('kader.pogung');
    const refused = await download(`${t.url}${json.file!.url}`, pogung.token!);
    expect(refused.status).toBe(404);
    expect(JSON.parse(refused.bytes.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('leaves no object in the bucket when the database refuses the row', async () => {
    const before = await objectsInBucket();
    await t.sql.query(`create function refuse_case_file() returns trigger language plpgsql
      as $$ begin raise exception 'database refuses case_file rows (test)'; end $$`);
    await t.sql.query(`create trigger refuse_case_file before insert on case_file
      for each row execute function refuse_case_file()`);
    try {
      const photo = await sharp(FRONT).resize(800).jpeg().toBuffer();
      const { status } = await upload(t.url, kader.token!, caseId, photo, 'lagi.jpg');
      expect(status).toBe(500);
    } finally {
      await t.sql.query('drop trigger refuse_case_file on case_file; drop function refuse_case_file()');
    }
    expect(await objectsInBucket()).toEqual(before);
    const rows = await t.sql.query(`select count(*)::int n from case_file where original_name = 'lagi.jpg'`);
    expect(rows.rows[0].n).toBe(0);
  });
});

/** Runs `apps/api/src/main.ts` as an operator does and returns how it ended. */
function startAndWaitForExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', CONSOLE_DIR: 'none', ...env };
  for (const name of Object.keys(fullEnv)) if (name.startsWith('S3_') && !(name in env)) delete fullEnv[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: fullEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not stop by itself:\n${output}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('pnpm start with FILE_STORE=s3', () => {
  let s3: TestS3Server;
  beforeAll(async () => {
    s3 = await startS3Server();
  });
  afterAll(() => s3?.close());

  it('refuses to start without S3_BUCKET or with half a key pair, naming each variable in English and Indonesian', async () => {
    const { code, output } = await startAndWaitForExit({
      FILE_STORE: 's3',
      S3_ACCESS_KEY_ID: 'AKIA-ONLY-THE-ID',
      LOG_FORMAT: 'text',
    });
    expect(code).toBe(1);
    expect(output).toContain('posyandu-spm could not start / posyandu-spm gagal dijalankan (2 problems):');
    expect(output).toContain(
      '[config] S3_BUCKET — INVALID_SETTING: required when FILE_STORE=s3 (wajib diisi bila FILE_STORE=s3)',
    );
    // Every problem at once, each under its variable: half a key pair is the other one's fault too.
    expect(output).toContain(
      '[config] S3_SECRET_ACCESS_KEY — INVALID_SETTING: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together',
    );
  }, 70_000);

  it('refuses to start when the bucket does not exist, before touching the database', async () => {
    const { code, output } = await startAndWaitForExit({
      ...s3.env(),
      S3_BUCKET: 'bucket-yang-tidak-ada',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
    });
    expect(code).toBe(1);
    expect(output).toContain('S3 bucket \\"bucket-yang-tidak-ada\\" does not exist at ' + s3.endpoint);
    expect(output).toContain('Bucket S3 \\"bucket-yang-tidak-ada\\" tidak ada');
  }, 70_000);

  it('serves uploads from the bucket when started as in production', async () => {
    const db = await createTestDatabase();
    const server = await startServerProcess({
      databaseUrl: db.url,
      tokenSecret: 'a-token-secret-for-the-s3-process-test-0123456789',
      env: s3.env('prod/'),
    });
    try {
      const kader = await GraphQLClient.login(server.url, 'kader.gombang', 'posyandu-demo-2026');
      const caseId = (
        await kader.request<{ registerCase: { id: string } }>(REGISTER, { input: housingInput('3310056101580004') })
      ).registerCase.id;
      const { status, json } = await upload(server.url, kader.token!, caseId, PDF, 'surat.pdf');
      expect(status).toBe(201);
      const raw = new S3Client({
        region: 'us-east-1',
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: s3.credentials,
      });
      const listed = await raw.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: 'prod/' }));
      raw.destroy();
      expect(listed.Contents?.map((o) => o.Key)).toEqual([`prod/${json.file!.id}`]);
      const got = await download(`${server.url}${json.file!.url}`, kader.token!);
      expect(got.bytes.equals(PDF)).toBe(true);
    } finally {
      await server.stop();
      await db.drop();
    }
  }, 90_000);
});
