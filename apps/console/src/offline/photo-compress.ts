/** A phone photo is sent at most this large on its longer side (the server keeps 1600 px too). */
export const PHOTO_MAX_PX = 1600;
/** What a photo should weigh after compression: ~300 KB is 10 s at 250 kbit/s. */
export const PHOTO_TARGET_BYTES = 300 * 1024;
const QUALITIES = [0.82, 0.72, 0.62, 0.52];

/**
 * Scales a camera photo to fit 1600 px and re-encodes it as JPEG, lowering the quality until
 * it weighs about 300 KB, before it is queued: a 4 MB photo would take minutes on one bar of
 * signal and fill the phone's storage. A PDF, a small image, or one the browser cannot decode
 * stays as it is (the server checks and scales again).
 */
export async function compressPhoto(file: File): Promise<File> {
  if (!file.type.startsWith('image/') || typeof createImageBitmap !== 'function' || typeof document === 'undefined') {
    return file;
  }
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, PHOTO_MAX_PX / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size <= PHOTO_TARGET_BYTES) {
      bitmap.close();
      return file;
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return file;
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    let best: Blob | null = null;
    for (const quality of QUALITIES) {
      best = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
      if (!best || best.size <= PHOTO_TARGET_BYTES) break;
    }
    if (!best || best.size >= file.size) return file;
    const name = file.name.replace(/\.[^.]+$/, '') + '.jpg';
    return new File([best], name, { type: 'image/jpeg', lastModified: file.lastModified });
  } catch {
    return file;
  }
}
