import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { S3FileStoreOptions } from '@posyandu-spm/server';
import S3rver from 's3rver';

/** A real S3-compatible server (s3rver: the S3 REST API over a folder) on a free local port. */
export interface TestS3Server {
  /** e.g. http://127.0.0.1:40123 */
  endpoint: string;
  /** A bucket that exists (created empty at start). */
  bucket: string;
  /** The keys s3rver accepts; an unknown access key id is refused with 403 (it does not check V4 secrets). */
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Options for S3FileStore.connect against this server, with the given key prefix. */
  storeOptions(prefix?: string): S3FileStoreOptions;
  /** The variables that put `pnpm start` in S3 mode against this server. */
  env(prefix?: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * Starts s3rver with one empty bucket in a temporary folder: the S3 REST API
 * the AWS SDK speaks (PUT, GET with a streamed body, DELETE, HeadBucket, List),
 * answering 404 for a missing bucket or key and 403 for an unknown access key.
 */
export async function startS3Server(bucket = 'posyandu-files'): Promise<TestS3Server> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'psp-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    endpoint,
    bucket,
    credentials,
    storeOptions: (prefix) => ({ bucket, region: 'us-east-1', endpoint, forcePathStyle: true, credentials, prefix }),
    env: (prefix) => ({
      FILE_STORE: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      ...(prefix ? { S3_PREFIX: prefix } : {}),
    }),
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
