import type { FieldProblem } from '../errors/domain-error.js';

/** Indonesia's extent, generously: from Weh island (Sabang) to Merauke, Miangas to Rote. */
export const INDONESIA_BOUNDS = { minLat: -11.5, maxLat: 6.5, minLng: 94.5, maxLng: 141.5 } as const;

/** Problems with a point that should lie in Indonesia (none when it does). */
export function checkCoordinates(lat: unknown, lng: unknown, field: string): FieldProblem[] {
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) {
    return [
      {
        field,
        message: {
          id: 'Koordinat harus berupa angka lintang dan bujur.',
          en: 'Coordinates must be numbers: lat and lng.',
        },
      },
    ];
  }
  const b = INDONESIA_BOUNDS;
  if (lat < b.minLat || lat > b.maxLat || lng < b.minLng || lng > b.maxLng) {
    return [
      {
        field,
        message: {
          id: `Koordinat (${lat}, ${lng}) berada di luar wilayah Indonesia; periksa apakah lintang dan bujur tertukar.`,
          en: `The coordinates (${lat}, ${lng}) are outside Indonesia; check whether lat and lng are swapped.`,
        },
      },
    ];
  }
  return [];
}
