import { access, constants, mkdir } from 'node:fs/promises';
import type { FileStoreConfig } from '../config.js';
import { FileStoreUnavailableError, LocalFileStore, type FileStore } from './file-store.js';
import { S3FileStore } from './s3-file-store.js';

/**
 * The file store FILE_STORE chose, checked before the server starts: the local
 * folder exists and can be written, or the S3 bucket answers. A store that
 * cannot be used throws FileStoreUnavailableError with what to fix.
 */
export async function openFileStore(config: FileStoreConfig): Promise<FileStore & { close?(): void }> {
  if (config.kind === 's3') {
    const { kind: _kind, ...options } = config;
    return S3FileStore.connect(options);
  }
  try {
    await mkdir(config.dir, { recursive: true, mode: 0o700 });
    await access(config.dir, constants.W_OK);
  } catch (error) {
    throw new FileStoreUnavailableError(
      {
        en: `The files folder ${config.dir} cannot be created or written (${(error as NodeJS.ErrnoException).code}): fix FILES_DIR or its permissions.`,
        id: `Folder berkas ${config.dir} tidak dapat dibuat atau ditulisi (${(error as NodeJS.ErrnoException).code}): perbaiki FILES_DIR atau izinnya.`,
      },
      { cause: error },
    );
  }
  return new LocalFileStore(config.dir);
}
