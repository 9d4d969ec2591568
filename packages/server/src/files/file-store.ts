import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** The bytes under a key, opened for streaming: read `body` to the end or destroy it. */
export interface StoredFile {
  /** Length of the body in bytes (sent as Content-Length). */
  size: number;
  body: Readable;
}

/**
 * Where the bytes of uploaded files live. The database keeps the metadata
 * (`case_file`) and a key; a store only puts, gets and deletes bytes by key.
 * `LocalFileStore` (a folder on the server's disk) is the default;
 * `S3FileStore` (AWS S3, MinIO, Ceph RGW, R2, …) implements the same methods.
 */
export interface FileStore {
  /**
   * Stores the bytes under the key, replacing nothing: keys are fresh UUIDs.
   * All or nothing: once it resolves the whole file is readable, and a failed
   * write leaves nothing readable under the key.
   */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when the key holds nothing. */
  get(key: string): Promise<Buffer | null>;
  /** The bytes as a stream (for downloads: never held in memory whole), or null when the key holds nothing. */
  open(key: string): Promise<StoredFile | null>;
  /** Removes the bytes; a key that holds nothing is no error. */
  delete(key: string): Promise<void>;
  /** For logs: where the files go. */
  readonly description: string;
}

/** The file store cannot be used: a message for the operator, in English and Indonesian. */
export class FileStoreUnavailableError extends Error {
  constructor(
    readonly messages: { id: string; en: string },
    options?: { cause?: unknown },
  ) {
    super(`${messages.en}\n${messages.id}`, options);
    this.name = 'FileStoreUnavailableError';
  }
}

const KEY = /^[a-z0-9][a-z0-9._-]{0,199}$/;

/** Refuses a key that is not one the app makes (a UUID, maybe with a suffix): no path or prefix tricks. */
export function assertFileKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid file key: ${key}`);
}

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Files in a folder (default `DATA_DIR/files`), two levels of sub-folders by the
 * key's first characters so no folder grows huge. A write goes to a temporary
 * file first and is renamed into place, so a crash never leaves half a file
 * under a key.
 */
export class LocalFileStore implements FileStore {
  constructor(private readonly dir: string) {}

  get description(): string {
    return `local folder ${this.dir}`;
  }

  private pathOf(key: string): string {
    assertFileKey(key);
    return path.join(this.dir, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.part`;
    try {
      await writeFile(temporary, data, { mode: 0o600 });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async open(key: string): Promise<StoredFile | null> {
    const target = this.pathOf(key);
    let handle;
    try {
      handle = await open(target, 'r');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      // The stream closes the handle when it ends or is destroyed.
      return { size, body: handle.createReadStream() };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
