import { act, on, review, U, visit, type DemoStep } from '../scenario.js';

/**
 * The usual way of a request to the village in Pendidikan, Pekerjaan Umum and Perumahan Rakyat, all
 * on working day `day`: the kader starts verification, the village officer checks every document,
 * visits (home or field) and declares the request eligible, the kader submits it to the village.
 */
export function toVillage(
  day: number,
  documents: readonly string[],
  kind: 'HOME' | 'FIELD',
  findings: string,
): DemoStep[] {
  return [
    on(day, '10:05', U.kader, act('start-verification')),
    on(day, '10:40', U.perangkat, review(...documents)),
    on(
      day,
      '13:10',
      U.perangkat,
      visit({
        kind,
        participants: 'Kader Sri Lestari, Kasi Kesra Wahyu Santoso',
        findings,
        recommendation: 'ELIGIBLE',
      }),
    ),
    on(day, '13:40', U.perangkat, act('declare-eligible')),
    on(day, '14:15', U.kader, act('submit-to-village')),
  ];
}

/** The village head forwards it to the sector's OPD on working day `day`. */
export const forwardToOpd = (day: number): DemoStep => on(day, '09:20', U.kades, act('forward-to-opd'));
