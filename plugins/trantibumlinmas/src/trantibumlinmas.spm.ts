import type { SpmMapping, SpmServiceDefinition } from '@posyandu-spm/core';

/**
 * The five jenis pelayanan dasar of the Trantibumlinmas SPM of a kabupaten/kota (PP 2/2018;
 * Permendagri 121/2018), plus the desk's complaints that belong to the police or the UPTD PPA
 * (crime, violence against women and children): received at the village post and reported, but
 * not SPM Trantibumlinmas services, which are the enforcement of perda/perkada, disaster
 * information, prevention and preparedness, and rescue from disaster and fire.
 */
const BASIS = 'PP 2/2018; Permendagri 121/2018 (SPM Trantibumlinmas daerah kabupaten/kota)';

export const trantibumlinmasSpmServices: readonly SpmServiceDefinition[] = [
  {
    id: 'ketenteraman-ketertiban-umum',
    name: {
      id: 'Pelayanan ketenteraman dan ketertiban umum (penegakan perda dan perkada)',
      en: 'Public order and peace services (enforcing regional regulations)',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf a`,
    spm: true,
  },
  {
    id: 'informasi-rawan-bencana',
    name: { id: 'Pelayanan informasi rawan bencana', en: 'Disaster-hazard information services' },
    basis: `${BASIS}, jenis pelayanan dasar huruf b`,
    spm: true,
  },
  {
    id: 'pencegahan-kesiapsiagaan-bencana',
    name: {
      id: 'Pelayanan pencegahan dan kesiapsiagaan terhadap bencana',
      en: 'Disaster prevention and preparedness services',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf c`,
    spm: true,
  },
  {
    id: 'penyelamatan-evakuasi-bencana',
    name: {
      id: 'Pelayanan penyelamatan dan evakuasi korban bencana',
      en: 'Rescue and evacuation of disaster victims',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf d`,
    spm: true,
  },
  {
    id: 'penyelamatan-evakuasi-kebakaran',
    name: {
      id: 'Pelayanan penyelamatan dan evakuasi korban kebakaran',
      en: 'Rescue and evacuation of fire victims',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf e`,
    spm: true,
  },
  {
    id: 'gangguan-keamanan',
    name: {
      id: 'Pengaduan gangguan keamanan (kepolisian) — layanan pendukung, bukan jenis pelayanan dasar SPM',
      en: 'Security complaints (police) — a supporting service, not an SPM basic service',
    },
    basis: 'UU 2/2002 tentang Kepolisian; tidak termasuk jenis pelayanan dasar Permendagri 121/2018',
    spm: false,
  },
  {
    id: 'perlindungan-korban-kekerasan',
    name: {
      id: 'Perlindungan korban kekerasan dan perdagangan orang (UPTD PPA, kepolisian) — layanan pendukung, bukan jenis pelayanan dasar SPM',
      en: 'Protecting victims of violence and trafficking (UPTD PPA, police) — a supporting service, not an SPM basic service',
    },
    basis: 'UU 23/2004 (PKDRT), UU 21/2007 (TPPO); tidak termasuk jenis pelayanan dasar Permendagri 121/2018',
    spm: false,
  },
];

const PUBLIC_ORDER = { service: 'ketenteraman-ketertiban-umum', penerima: 'COMMUNITY' } as const;
const SECURITY = { service: 'gangguan-keamanan', penerima: 'COMMUNITY' } as const;
const VIOLENCE = { service: 'perlindungan-korban-kekerasan', penerima: 'VIOLENCE_VICTIM' } as const;

export const trantibumlinmasSpmMapping: Readonly<Record<string, SpmMapping>> = {
  fire: { service: 'penyelamatan-evakuasi-kebakaran', penerima: 'COMMUNITY' },
  disaster: { service: 'penyelamatan-evakuasi-bencana', penerima: 'DISASTER_VICTIM' },
  // Disturbances of public order that a perda forbids: Satpol PP's enforcement.
  indecency: PUBLIC_ORDER,
  thuggery: PUBLIC_ORDER,
  'illegal-logging': PUBLIC_ORDER,
  // Breaches of a perda and of public order, Satpol PP's own enforcement (issue 14).
  'perda-violation': PUBLIC_ORDER,
  // Crimes: the police's, outside the SPM.
  drugs: SECURITY,
  terrorism: SECURITY,
  'illegal-immigrants': SECURITY,
  'illegal-fishing': SECURITY,
  'domestic-violence': VIOLENCE,
  'human-trafficking': VIOLENCE,
};
