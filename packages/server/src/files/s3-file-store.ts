import { Readable } from 'node:stream';
import type { S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { assertFileKey, FileStoreUnavailableError, type FileStore, type StoredFile } from './file-store.js';

/** Where an S3-compatible bucket is and how to reach it (see docs/operations.md). */
export interface S3FileStoreOptions {
  bucket: string;
  /** AWS region of the bucket; S3-compatible services usually take any (MinIO: us-east-1, R2: auto). */
  region: string;
  /** The service's address for anything but AWS S3, e.g. http://minio.internal:9000. */
  endpoint?: string;
  /** Address buckets as `endpoint/bucket/key` (MinIO, Ceph RGW) instead of `bucket.endpoint/key`. */
  forcePathStyle: boolean;
  /** Unset: the AWS default chain (AWS_* variables, shared config, an instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Prepended to every key, e.g. `posyandu/files/`, to share a bucket. */
  prefix?: string;
  /** Milliseconds to wait for a connection (default 5000). */
  connectTimeoutMs?: number;
}

type S3Module = typeof import('@aws-sdk/client-s3');

const statusOf = (error: unknown): number | undefined =>
  (error as Partial<S3ServiceException>).$metadata?.httpStatusCode;

const isNotFound = (error: unknown): boolean =>
  statusOf(error) === 404 || ['NoSuchKey', 'NotFound'].includes((error as Error).name);

/** Turns a prefix like `/posyandu/files` into `posyandu/files/` (empty stays empty). */
export function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/` : '';
}

/**
 * Files as objects in a bucket of any S3-compatible service. A PUT is atomic
 * on S3 (the object appears whole or not at all), so a key never holds half a
 * file; downloads stream from the service without being held in memory. The
 * AWS SDK is imported only when this store is used.
 */
export class S3FileStore implements FileStore {
  private readonly prefix: string;

  private constructor(
    private readonly sdk: S3Module,
    private readonly client: S3Client,
    private readonly options: S3FileStoreOptions,
  ) {
    this.prefix = normalizePrefix(options.prefix);
  }

  /** Loads the SDK, connects and checks that the bucket can be reached; throws FileStoreUnavailableError if not. */
  static async connect(options: S3FileStoreOptions): Promise<S3FileStore> {
    const sdk = await import('@aws-sdk/client-s3');
    const client = new sdk.S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // Newer SDKs add CRC32 checksums to every request and check them on every answer; several
      // S3-compatible services (older MinIO, Ceph RGW, B2) reject or lack them. Only send them when an
      // operation requires it: the app keeps its own SHA-256 of each upload, and TLS guards the transfer.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: options.connectTimeoutMs ?? 5000, requestTimeout: 60_000 },
    });
    const store = new S3FileStore(sdk, client, options);
    try {
      await store.check();
    } catch (error) {
      client.destroy();
      throw error;
    }
    return store;
  }

  get description(): string {
    const where = this.options.endpoint ?? `AWS S3 ${this.options.region}`;
    return `S3 bucket ${this.options.bucket}/${this.prefix} at ${where}`;
  }

  private keyOf(key: string): string {
    assertFileKey(key);
    return `${this.prefix}${key}`;
  }

  /** Asks the service for the bucket (HeadBucket), and says plainly what is wrong when it cannot be used. */
  async check(): Promise<void> {
    const { bucket } = this.options;
    const where = this.options.endpoint ?? `AWS S3 (${this.options.region})`;
    try {
      await this.client.send(new this.sdk.HeadBucketCommand({ Bucket: bucket }));
    } catch (error) {
      const status = statusOf(error);
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
      if (status === 404) {
        throw new FileStoreUnavailableError(
          {
            en: `S3 bucket "${bucket}" does not exist at ${where}: create it, or fix S3_BUCKET / S3_ENDPOINT.`,
            id: `Bucket S3 "${bucket}" tidak ada di ${where}: buat bucket itu, atau perbaiki S3_BUCKET / S3_ENDPOINT.`,
          },
          { cause: error },
        );
      }
      if (status === 401 || status === 403) {
        throw new FileStoreUnavailableError(
          {
            en: `Access to S3 bucket "${bucket}" at ${where} was refused (HTTP ${status}): check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the bucket's policy.`,
            id: `Akses ke bucket S3 "${bucket}" di ${where} ditolak (HTTP ${status}): periksa S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY dan kebijakan bucket.`,
          },
          { cause: error },
        );
      }
      if (status === 301 || status === 400) {
        throw new FileStoreUnavailableError(
          {
            en: `S3 bucket "${bucket}" answered HTTP ${status}: it is probably in another region than S3_REGION=${this.options.region}.`,
            id: `Bucket S3 "${bucket}" menjawab HTTP ${status}: kemungkinan bucket ada di region lain, bukan S3_REGION=${this.options.region}.`,
          },
          { cause: error },
        );
      }
      throw new FileStoreUnavailableError(
        {
          en: `Cannot reach the S3 service at ${where} (${status ? `HTTP ${status}` : code}): check S3_ENDPOINT and the network.`,
          id: `Layanan S3 di ${where} tidak dapat dihubungi (${status ? `HTTP ${status}` : code}): periksa S3_ENDPOINT dan jaringan.`,
        },
        { cause: error },
      );
    }
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new this.sdk.PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.keyOf(key),
        Body: data,
        ContentLength: data.length,
        ContentType: contentType,
      }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    const opened = await this.open(key);
    if (!opened) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of opened.body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async open(key: string): Promise<StoredFile | null> {
    try {
      const answer = await this.client.send(
        new this.sdk.GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) }),
      );
      // In Node the SDK answers with the HTTP response itself: a Readable not yet read.
      if (!(answer.Body instanceof Readable) || answer.ContentLength === undefined) {
        throw new Error(`S3 GetObject for ${key} returned no readable body with a length`);
      }
      return { size: answer.ContentLength, body: answer.Body };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new this.sdk.DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) }));
  }

  /** Closes the client's open connections. */
  close(): void {
    this.client.destroy();
  }
}
