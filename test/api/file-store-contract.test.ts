import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import {
  FileStoreUnavailableError,
  LocalFileStore,
  openFileStore,
  S3FileStore,
  type FileStore,
} from '@posyandu-spm/server';
import { startS3Server, type TestS3Server } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Random bytes of a given length, so a mix-up of two files cannot pass. */
function bytes(length: number): Buffer {
  const data = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) data[i] = (i * 7919 + length) % 251;
  return data;
}

async function readAll(body: NodeJS.ReadableStream): Promise<{ data: Buffer; chunks: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return { data: Buffer.concat(chunks), chunks: chunks.length };
}

let s3: TestS3Server;
const localDir = mkdtempSync(path.join(os.tmpdir(), 'psp-store-contract-'));
const stores: Array<{ name: string; store: FileStore & { close?(): void } }> = [];

beforeAll(async () => {
  s3 = await startS3Server();
  stores.push({ name: 'LocalFileStore', store: new LocalFileStore(localDir) });
  stores.push({ name: 'S3FileStore', store: await S3FileStore.connect(s3.storeOptions('contract/')) });
});
afterAll(async () => {
  for (const { store } of stores) store.close?.();
  await s3?.close();
  rmSync(localDir, { recursive: true, force: true });
});

/** The same behaviour, whichever store the operator chose. */
describe.each(['LocalFileStore', 'S3FileStore'])('%s keeps the FileStore contract', (name) => {
  const store = (): FileStore => stores.find((s) => s.name === name)!.store;

  it('gives back exactly the bytes it was given, whole and as a stream with its length', async () => {
    const data = bytes(12_345);
    await store().put('0b9e7c1a-contract-whole', data, 'application/pdf');
    expect((await store().get('0b9e7c1a-contract-whole'))?.equals(data)).toBe(true);
    const opened = await store().open('0b9e7c1a-contract-whole');
    expect(opened?.size).toBe(data.length);
    expect((await readAll(opened!.body)).data.equals(data)).toBe(true);
  });

  it('streams a large file in pieces instead of holding it in memory whole', async () => {
    const data = bytes(3 * 1024 * 1024);
    await store().put('1c2d-contract-large', data, 'application/pdf');
    const opened = await store().open('1c2d-contract-large');
    const read = await readAll(opened!.body);
    expect(read.data.equals(data)).toBe(true);
    expect(read.chunks).toBeGreaterThan(4);
  });

  it('answers null for a key that holds nothing, and forgets a deleted key (deleting twice is fine)', async () => {
    expect(await store().get('2e3f-never-written')).toBeNull();
    expect(await store().open('2e3f-never-written')).toBeNull();
    await store().put('3a4b-contract-deleted', bytes(10), 'image/jpeg');
    await store().delete('3a4b-contract-deleted');
    await store().delete('3a4b-contract-deleted');
    expect(await store().get('3a4b-contract-deleted')).toBeNull();
    expect(await store().open('3a4b-contract-deleted')).toBeNull();
  });

  it('refuses a key that could reach outside its place (a path, a prefix, capitals)', async () => {
    for (const key of ['../escape', 'a/b', '/abs', 'UPPER', '']) {
      await expect(store().put(key, bytes(1), 'image/jpeg'), key).rejects.toThrow(/invalid file key/);
      await expect(store().open(key), key).rejects.toThrow(/invalid file key/);
    }
  });
});

describe('S3FileStore against a real S3-compatible server', () => {
  it('writes under its key prefix, and two prefixes in one bucket do not see each other', async () => {
    const other = await S3FileStore.connect(s3.storeOptions('/other-site/files/'));
    try {
      await other.put('4c5d-prefixed', bytes(42), 'image/jpeg');
      const raw = new S3Client({
        region: 'us-east-1',
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: s3.credentials,
      });
      const listed = await raw.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: 'other-site/' }));
      raw.destroy();
      expect(listed.Contents?.map((o) => [o.Key, o.Size])).toEqual([['other-site/files/4c5d-prefixed', 42]]);
      const contract = stores.find((s) => s.name === 'S3FileStore')!.store;
      expect(await contract.get('4c5d-prefixed')).toBeNull();
    } finally {
      other.close();
    }
  });

  it('refuses to start on a bucket that does not exist, naming the bucket and what to fix', async () => {
    const error = await S3FileStore.connect({ ...s3.storeOptions(), bucket: 'tidak-ada' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileStoreUnavailableError);
    expect((error as FileStoreUnavailableError).messages).toEqual({
      en: `S3 bucket "tidak-ada" does not exist at ${s3.endpoint}: create it, or fix S3_BUCKET / S3_ENDPOINT.`,
      id: `Bucket S3 "tidak-ada" tidak ada di ${s3.endpoint}: buat bucket itu, atau perbaiki S3_BUCKET / S3_ENDPOINT.`,
    });
  });

  it('refuses to start with keys the server does not accept', async () => {
    const options = { ...s3.storeOptions(), credentials: { accessKeyId: 'WRONG-KEY', secretAccessKey: 'S3RVER' } };
    await expect(S3FileStore.connect(options)).rejects.toThrow(
      /Access to S3 bucket "posyandu-files" .* was refused \(HTTP 403\): check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/,
    );
  });

  it('refuses to start when nothing answers at the endpoint', async () => {
    const options = { ...s3.storeOptions(), endpoint: 'http://127.0.0.1:9', connectTimeoutMs: 1000 };
    await expect(S3FileStore.connect(options)).rejects.toThrow(
      /Cannot reach the S3 service at http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\): check S3_ENDPOINT/,
    );
  });
});

describe('the local store at start-up', () => {
  it('refuses a files folder that cannot be created, naming the folder and FILES_DIR', async () => {
    const file = path.join(localDir, 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(openFileStore({ kind: 'local', dir: path.join(file, 'files') })).rejects.toThrow(
      /The files folder .*not-a-folder\/files cannot be created or written \(ENOTDIR\): fix FILES_DIR/,
    );
  });
});
