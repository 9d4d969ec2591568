import { createHash } from 'node:crypto';
import { DomainError } from '@posyandu-spm/core';
import { fileTypeFromBuffer } from 'file-type';
import { isReadablePdf } from './check-pdf.js';
import sharp from 'sharp';

/** What may be uploaded, by the type its content shows (the name and the browser's type are ignored). */
export const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

export interface FileLimits {
  /** Largest upload accepted, in bytes (default 10 MB). */
  maxBytes: number;
  /** Images are scaled down to fit this many pixels on their longer side (default 1600). */
  imageMaxPx: number;
  /** Side of the preview image (default 320). */
  thumbnailPx: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxBytes: 10 * 1024 * 1024, imageMaxPx: 1600, thumbnailPx: 320 };

export interface ProcessedFile {
  contentType: AllowedType;
  data: Buffer;
  thumbnail: Buffer | null;
  width: number | null;
  height: number | null;
  /** SHA-256 of the bytes as uploaded. */
  sha256: string;
  originalSizeBytes: number;
}

export function fileTooLarge(maxBytes: number): DomainError {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new DomainError(
    'FILE_TOO_LARGE',
    { id: `Berkas terlalu besar (paling besar ${mb} MB).`, en: `The file is too large (at most ${mb} MB).` },
    { details: { maxBytes } },
  );
}

export function fileTypeNotAllowed(detected: string | null): DomainError {
  return new DomainError(
    'FILE_TYPE_NOT_ALLOWED',
    {
      id: 'Jenis berkas tidak diterima: kirim foto (JPEG, PNG, WebP) atau PDF.',
      en: 'This kind of file is not accepted: send a photo (JPEG, PNG, WebP) or a PDF.',
    },
    { details: { detected, allowed: [...ALLOWED_TYPES] } },
  );
}

/** A decoded image must not be larger than this (a small "bomb" file can decode into gigabytes). */
const MAX_INPUT_PIXELS = 60_000_000;

/**
 * Checks an upload and prepares it for storage: the type from its first bytes
 * (JPEG, PNG, WebP or PDF, nothing else); an image is turned upright (EXIF
 * orientation), scaled down to fit `imageMaxPx`, re-encoded (JPEG, or WebP when
 * it has transparency) without its metadata (camera, GPS position), and gets a
 * small preview. A PDF must open (PDF.js, at least one page) and is stored as it came.
 */
export async function processUpload(data: Buffer, limits: FileLimits): Promise<ProcessedFile> {
  if (data.length > limits.maxBytes) throw fileTooLarge(limits.maxBytes);
  if (data.length === 0) throw fileTypeNotAllowed(null);
  const detected = await fileTypeFromBuffer(data);
  const mime = detected?.mime ?? null;
  if (!mime || !(ALLOWED_TYPES as readonly string[]).includes(mime)) throw fileTypeNotAllowed(mime);
  const sha256 = createHash('sha256').update(data).digest('hex');
  if (mime === 'application/pdf') {
    if (!(await isReadablePdf(data))) {
      throw new DomainError('FILE_UNREADABLE', {
        id: 'PDF rusak atau tidak dapat dibuka. Kirim ulang berkasnya, atau foto dokumennya.',
        en: 'The PDF is damaged or cannot be opened. Send the file again, or a photo of the document.',
      });
    }
    return {
      contentType: 'application/pdf',
      data,
      thumbnail: null,
      width: null,
      height: null,
      sha256,
      originalSizeBytes: data.length,
    };
  }
  try {
    const input = () => sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
    const meta = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    const transparent = Boolean(meta.hasAlpha);
    const resized = input().resize(limits.imageMaxPx, limits.imageMaxPx, { fit: 'inside', withoutEnlargement: true });
    const encoded = await (
      transparent ? resized.webp({ quality: 80 }) : resized.jpeg({ quality: 80, mozjpeg: true })
    ).toBuffer({ resolveWithObject: true });
    const thumbnail = await input()
      .resize(limits.thumbnailPx, limits.thumbnailPx, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 70 })
      .toBuffer();
    return {
      contentType: transparent ? 'image/webp' : 'image/jpeg',
      data: encoded.data,
      thumbnail,
      width: encoded.info.width,
      height: encoded.info.height,
      sha256,
      originalSizeBytes: data.length,
    };
  } catch {
    throw new DomainError('FILE_UNREADABLE', {
      id: 'Gambar rusak atau tidak dapat dibaca. Ambil foto lagi.',
      en: 'The image is damaged or cannot be read. Take the photo again.',
    });
  }
}
