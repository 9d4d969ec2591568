import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the bytes of uploaded files live. The database keeps the metadata
 * (`case_file`) and a key; a store only puts, gets and deletes bytes by key.
 * `LocalFileStore` (a folder on the server's disk) is the default; an
 * S3-compatible store (MinIO, a cloud bucket) implements the same three methods.
 */
export interface FileStore {
  /** Stores the bytes under the key, replacing nothing: keys are fresh UUIDs. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when the key holds nothing. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  /** For logs: where the files go. */
  readonly description: string;
}

const KEY = /^[a-z0-9][a-z0-9._-]{0,199}$/;

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
    if (!KEY.test(key)) throw new Error(`invalid file key: ${key}`);
    return path.join(this.dir, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.part`;
    await writeFile(temporary, data, { mode: 0o600 });
    await rename(temporary, target);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
