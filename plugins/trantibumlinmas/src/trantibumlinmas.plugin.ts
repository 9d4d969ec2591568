import { withSpmMapping, defineSpmPlugin, type FactDefinition, type ServiceTypeDefinition } from '@posyandu-spm/core';
import { trantibumlinmasSpmServices, trantibumlinmasSpmMapping } from './trantibumlinmas.spm.js';

/**
 * SPM Trantibumlinmas (public order and community protection), after the
 * Kemendagri deck "Langkah-langkah Pelaksanaan 6 SPM di Posyandu" (2024), slide 6
 * "Langkah-langkah Pelaksanaan SPM - TRANTIBUMLINMAS" (title, then Pendidikan,
 * Kesehatan, Pekerjaan Umum, Perumahan Rakyat, Trantibumlinmas, Sosial) and
 * DESIGN §4 item 5. The step of the deck each state and action implements is
 * named beside it.
 *
 * Two choices shape this plugin (the README says why):
 * - the deck's eleven categories are service types, not an answer to a question;
 * - the case stays with the village Trantibumlinmas section until the kepala desa
 *   forwards it: the kepala desa acts from the parent unit (the village government)
 *   and the case is never assigned to that unit, because every member of a unit
 *   that has held a case may see its reporter — the village officers must not.
 */

/**
 * The eleven categories of the deck's slide title: "Kebakaran, Narkoba, KDRT,
 * Asusila, Bencana, Traficking, Illegal Logging, Premanisme, Terorisme, Imigran
 * Gelap, Illegal Fishing".
 */
const CATEGORIES: ReadonlyArray<Pick<ServiceTypeDefinition, 'id' | 'name' | 'description'>> = [
  {
    id: 'fire',
    name: { id: 'Kebakaran', en: 'Fire' },
    description: {
      id: 'Kebakaran rumah, lahan atau fasilitas umum, dan risiko kebakaran.',
      en: 'Fires of houses, land or public facilities, and fire hazards.',
    },
  },
  {
    id: 'drugs',
    name: { id: 'Narkoba', en: 'Drugs' },
    description: {
      id: 'Peredaran atau penyalahgunaan narkotika, psikotropika dan zat adiktif.',
      en: 'Trafficking or abuse of narcotics, psychotropics and addictive substances.',
    },
  },
  {
    id: 'domestic-violence',
    name: { id: 'Kekerasan dalam rumah tangga (KDRT)', en: 'Domestic violence (KDRT)' },
  },
  {
    id: 'indecency',
    name: { id: 'Asusila', en: 'Indecency and sexual misconduct (asusila)' },
  },
  {
    id: 'disaster',
    name: { id: 'Bencana', en: 'Disaster' },
    description: {
      id: 'Banjir, tanah longsor, angin puting beliung, gempa dan bencana lain.',
      en: 'Floods, landslides, whirlwinds, earthquakes and other disasters.',
    },
  },
  {
    id: 'human-trafficking',
    name: { id: 'Perdagangan orang (trafficking)', en: 'Human trafficking' },
  },
  {
    id: 'illegal-logging',
    name: { id: 'Pembalakan liar (illegal logging)', en: 'Illegal logging' },
  },
  {
    id: 'thuggery',
    name: { id: 'Premanisme', en: 'Thuggery and extortion (premanisme)' },
  },
  {
    id: 'terrorism',
    name: { id: 'Terorisme', en: 'Terrorism' },
  },
  {
    id: 'illegal-immigrants',
    name: { id: 'Imigran gelap', en: 'Illegal immigrants' },
  },
  {
    id: 'illegal-fishing',
    name: { id: 'Penangkapan ikan ilegal (illegal fishing)', en: 'Illegal fishing' },
  },
  {
    // Not in the deck's title: the enforcement of regional regulations (Perda) and public order,
    // Satpol PP's own task (PP 16/2018), e.g. illegal parking levies, street vendors, noise.
    id: 'perda-violation',
    name: {
      id: 'Pelanggaran Perda dan ketertiban umum',
      en: 'Breach of regional regulations (Perda) and public order',
    },
    description: {
      id: 'Pelanggaran peraturan daerah, gangguan ketertiban umum dan ketenteraman masyarakat.',
      en: 'Breaches of regional regulations, disturbances of public order and of the peace.',
    },
  },
];

/**
 * Who follows a complaint up, by category (issue 14): fire → Damkar, disaster → BPBD, crimes and KDRT →
 * Polsek, violence against women and children → UPTD PPA, Perda enforcement → Satpol PP. The kepala desa
 * forwards (after approving the follow-up, deck step 3) to whichever the category allows.
 */
const ROUTED_TO = {
  fireService: ['fire'],
  disasterAgency: ['disaster'],
  police: [
    'drugs',
    'domestic-violence',
    'indecency',
    'human-trafficking',
    'illegal-logging',
    'thuggery',
    'terrorism',
    'illegal-immigrants',
    'illegal-fishing',
  ],
  womenChildProtection: ['domestic-violence', 'indecency', 'human-trafficking'],
  satpolPp: ['perda-violation', 'thuggery', 'indecency'],
} as const;

/**
 * Deck steps 4–5: where the kepala desa forwards a complaint that needs special handling, by
 * category (one action per receiving unit, offered only for the categories it handles). Every
 * forward takes a note saying what handling is needed; the route finds the unit by kind and service.
 */
const CATEGORY_FORWARDS = [
  {
    // Perda enforcement and public order → Satpol PP.
    id: 'forward-to-opd',
    label: { id: 'Teruskan ke Satpol PP', en: 'Forward to Satpol PP' },
    to: 'forwarded-to-opd',
    categories: ROUTED_TO.satpolPp,
    route: 'trantibumlinmas-opd',
  },
  {
    // A fire → the fire and rescue service (Damkar).
    id: 'forward-to-fire-service',
    label: { id: 'Teruskan ke Damkar', en: 'Forward to the fire service (Damkar)' },
    to: 'forwarded-to-opd',
    categories: ROUTED_TO.fireService,
    route: 'fire-service',
  },
  {
    // A disaster → the regional disaster management agency (BPBD).
    id: 'forward-to-disaster-agency',
    label: { id: 'Teruskan ke BPBD', en: 'Forward to the disaster agency (BPBD)' },
    to: 'forwarded-to-opd',
    categories: ROUTED_TO.disasterAgency,
    route: 'disaster-agency',
  },
  {
    // Violence against women and children → UPTD PPA (Dinas P3A).
    id: 'forward-to-women-child-protection',
    label: { id: 'Teruskan ke UPTD PPA', en: 'Forward to women and child protection (UPTD PPA)' },
    to: 'forwarded-to-opd',
    categories: ROUTED_TO.womenChildProtection,
    route: 'women-child-protection',
  },
  {
    // Crimes, KDRT among them, with the kepala desa's approval of the follow-up (deck step 3).
    id: 'forward-to-police',
    label: { id: 'Teruskan ke Kepolisian', en: 'Forward to the police' },
    to: 'forwarded-to-police',
    categories: ROUTED_TO.police,
    route: 'police',
  },
] as const;

/** The kepala desa's forward of one row of CATEGORY_FORWARDS (keys in the order the workflow docs print them). */
function forwardByCategory(row: (typeof CATEGORY_FORWARDS)[number]) {
  return {
    id: row.id,
    label: row.label,
    from: ['examination-reported'],
    to: row.to,
    roles: ['KEPALA_DESA' as const],
    serviceTypes: [...row.categories],
    effects: [{ type: 'assign' as const, route: row.route }],
    requiresNote: true,
  };
}

/** Categories whose victims are sealed like the reporter (a village officer must not see who they are). */
const PROTECTED_VICTIMS = ['domestic-violence', 'indecency', 'human-trafficking'];

/**
 * What the post asks about the incident. Deliberately nothing about the reporter
 * (e.g. "victim or witness"): answers are shown to every officer who reads the
 * case, and such an answer next to the victim's name would point at the reporter.
 */
const incidentFacts: FactDefinition[] = [
  {
    id: 'incidentLocation',
    label: { id: 'Lokasi kejadian', en: 'Where it happens or happened' },
    type: 'text',
    required: true,
    maxLength: 300,
  },
  {
    id: 'incidentDate',
    label: { id: 'Tanggal kejadian (perkiraan)', en: 'Date of the incident (approximate)' },
    type: 'date',
    required: false,
  },
  {
    id: 'ongoingThreat',
    label: {
      id: 'Masih berlangsung / ada ancaman keselamatan',
      en: 'Still going on, or someone is in danger now',
    },
    type: 'boolean',
    required: true,
  },
];

export const trantibumlinmasPlugin = defineSpmPlugin({
  id: 'trantibumlinmas',
  name: { id: 'Trantibumlinmas', en: 'Public order and community protection' },
  description: {
    id: 'Pengaduan ketenteraman, ketertiban umum dan perlindungan masyarakat di Pos Pelayanan Terpadu kantor desa; kerahasiaan pelapor dijamin.',
    en: 'Complaints about public peace, order and community protection, made at the integrated service post in the village office; the reporter is kept confidential.',
  },
  version: '1.0.0',
  requiresCoreApi: '1.5',
  // Deck step 1: complaints are made in person at the integrated service post in the
  // village office (Pos Pelayanan Terpadu di Kantor Desa), not at the Posyandu desk.
  intakeUnitKinds: ['VILLAGE_TRANTIBUM'],
  intakeRoles: ['TRANTIBUM_OFFICER'],
  // Deck step 2b: "Kerahasiaan dan keselamatan pelaporan dijamin oleh negara".
  confidentialReporter: true,
  // Deck step 2b: a complaint without identity and without contact "dapat diabaikan":
  // it is still recorded, with the warning MAY_BE_DISREGARDED.
  reporterIdentityOptional: true,
  // Deck step 2a: name, address and contact number are the applicant's fields; the
  // identity data (KTP or other) is this document — optional, see step 2b.
  documents: [
    {
      code: 'reporter-identity',
      label: { id: 'Identitas diri pelapor (KTP atau lainnya)', en: "Reporter's identity document (KTP or other)" },
      description: {
        id: 'Tidak wajib: pengaduan tetap dicatat tanpa identitas.',
        en: 'Optional: the complaint is recorded without it too.',
      },
      minFiles: 1,
      maxFiles: 2,
    },
  ],
  serviceTypes: withSpmMapping(
    CATEGORIES.map((category) => ({
      ...category,
      documents: [{ code: 'reporter-identity', required: false }],
      facts: incidentFacts,
      ...(PROTECTED_VICTIMS.includes(category.id) ? { confidentialBeneficiaries: true } : {}),
    })),
    trantibumlinmasSpmMapping,
  ),
  spmServices: trantibumlinmasSpmServices,
  workflow: {
    initialState: 'registered',
    // Deck step 2b: a complaint with neither identity nor contact "dapat diabaikan": an officer decides.
    anonymousIntakeState: 'needs-decision',
    states: [
      {
        // Deck step 2b: held without a clock until an officer decides to process it or set it aside.
        id: 'needs-decision',
        label: { id: 'Perlu keputusan (tanpa identitas dan kontak)', en: 'Needs a decision (no identity, no contact)' },
        citizenLabel: { id: 'Pengaduan menunggu keputusan petugas', en: 'Waiting for an officer to decide' },
        pausesClock: true,
      },
      {
        // Deck step 2b: set aside, with the reason.
        id: 'set-aside',
        label: { id: 'Dikesampingkan', en: 'Set aside' },
        citizenLabel: { id: 'Pengaduan tidak ditindaklanjuti', en: 'Your complaint is not followed up' },
        terminal: { outcome: 'DECLINED' },
      },
      {
        // Deck steps 1–2: the complaint is recorded at the integrated service post.
        id: 'registered',
        label: { id: 'Pengaduan tercatat di Pos Pelayanan Terpadu', en: 'Recorded at the integrated service post' },
        citizenLabel: { id: 'Pengaduan diterima', en: 'Complaint received' },
      },
      {
        // Deck step 3: the Trantibumlinmas section assesses and identifies the problem.
        id: 'assessment',
        label: { id: 'Pengkajian dan identifikasi masalah', en: 'Assessment and identification of the problem' },
        citizenLabel: { id: 'Pengaduan sedang dikaji', en: 'Your complaint is being assessed' },
        allowsVisits: true,
      },
      {
        // Deck step 3: the follow-up needs the kepala desa's approval.
        id: 'awaiting-approval',
        label: { id: 'Menunggu persetujuan Kepala Desa', en: "Awaiting the kepala desa's approval" },
        citizenLabel: { id: 'Menunggu persetujuan Kepala Desa', en: 'Waiting for the village head' },
      },
      {
        // Deck steps 2b and 3: the kepala desa does not approve a follow-up.
        id: 'not-followed-up',
        label: { id: 'Tidak ditindaklanjuti', en: 'Not followed up' },
        citizenLabel: { id: 'Pengaduan tidak dapat ditindaklanjuti', en: 'Your complaint cannot be followed up' },
        terminal: { outcome: 'DECLINED' },
      },
      {
        // Deck steps 3–4: approved; the section examines and handles the complaint.
        id: 'examination',
        label: { id: 'Pemeriksaan oleh Bidang Trantibumlinmas', en: 'Examination by the Trantibumlinmas section' },
        citizenLabel: { id: 'Pengaduan sedang ditangani desa', en: 'Being handled by the village' },
        allowsVisits: true,
      },
      {
        // Deck step 4: the examination report is with the kepala desa.
        id: 'examination-reported',
        label: {
          id: 'Laporan hasil pemeriksaan di Kepala Desa',
          en: 'Examination report with the kepala desa',
        },
        citizenLabel: { id: 'Menunggu keputusan Kepala Desa', en: "Waiting for the village head's decision" },
      },
      {
        // Deck step 4: settled within the village; the complaint ends here.
        id: 'settled-in-village',
        label: { id: 'Selesai di lingkup desa', en: 'Settled within the village' },
        citizenLabel: { id: 'Selesai ditangani desa', en: 'Settled by the village' },
        terminal: { outcome: 'SETTLED_AT_VILLAGE' },
      },
      {
        // Deck steps 4–5: special handling needed; forwarded to the OPD concerned (Damkar, BPBD, UPTD PPA,
        // Satpol PP by category: the holder says which).
        id: 'forwarded-to-opd',
        label: { id: 'Diteruskan ke OPD terkait', en: 'Forwarded to the agency concerned (OPD)' },
        citizenLabel: { id: 'Diteruskan ke dinas terkait', en: 'Passed on to the government agency' },
      },
      {
        // Deck steps 4–5: special handling needed; forwarded to the police.
        id: 'forwarded-to-police',
        label: { id: 'Diteruskan ke Kepolisian', en: 'Forwarded to the police' },
        citizenLabel: { id: 'Diteruskan ke Kepolisian', en: 'Passed on to the police' },
      },
      {
        // Deck step 5: the OPD follows the complaint up.
        id: 'opd-follow-up',
        label: { id: 'Ditindaklanjuti OPD', en: 'Followed up by the OPD' },
        citizenLabel: { id: 'Sedang ditindaklanjuti dinas terkait', en: 'Being acted on by the agency' },
      },
      {
        // Deck step 5: the police follow the complaint up.
        id: 'police-follow-up',
        label: { id: 'Ditindaklanjuti Kepolisian', en: 'Followed up by the police' },
        citizenLabel: { id: 'Sedang ditindaklanjuti Kepolisian', en: 'Being acted on by the police' },
      },
      {
        // Deck step 5: the OPD or the police completed the follow-up.
        id: 'completed',
        label: { id: 'Selesai ditindaklanjuti', en: 'Follow-up completed' },
        citizenLabel: { id: 'Selesai ditindaklanjuti', en: 'Dealt with' },
        terminal: { outcome: 'COMPLETED' },
      },
      {
        // The OPD or the police decline what they hold, with a code (what is not theirs they return).
        id: 'declined',
        label: { id: 'Ditolak', en: 'Declined' },
        citizenLabel: { id: 'Pengaduan ditolak (lihat alasan)', en: 'Complaint declined (see the reason)' },
        terminal: { outcome: 'DECLINED' },
      },
      {
        id: 'withdrawn',
        label: { id: 'Dicabut pelapor', en: 'Withdrawn by the reporter' },
        citizenLabel: { id: 'Pengaduan Anda cabut', en: 'You withdrew the complaint' },
        terminal: { outcome: 'WITHDRAWN' },
      },
      {
        id: 'cannot-be-served',
        label: { id: 'Tidak dapat ditangani', en: 'Cannot be served' },
        citizenLabel: { id: 'Tidak dapat ditangani (lihat alasan)', en: 'Cannot be dealt with (see the reason)' },
        terminal: { outcome: 'CANNOT_BE_SERVED' },
      },
    ],
    actions: [
      {
        // Deck step 2b: an officer decides to process a complaint without identity or contact; the clock starts.
        id: 'decide-to-process',
        label: { id: 'Putuskan: tindak lanjuti', en: 'Decide: process it' },
        from: ['needs-decision'],
        to: 'registered',
        roles: ['TRANTIBUM_OFFICER', 'KEPALA_DESA'],
        requiresReason: true,
      },
      {
        // Deck step 2b: "pengaduan dapat diabaikan": set aside, with the reason.
        id: 'set-aside',
        label: { id: 'Putuskan: kesampingkan', en: 'Decide: set it aside' },
        from: ['needs-decision'],
        to: 'set-aside',
        roles: ['TRANTIBUM_OFFICER', 'KEPALA_DESA'],
        requiresReason: true,
        declineReasons: ['INCOMPLETE'],
      },
      {
        // Deck step 3: the section takes up the complaint.
        id: 'start-assessment',
        label: { id: 'Mulai pengkajian', en: 'Start the assessment' },
        from: ['registered'],
        to: 'assessment',
        roles: ['TRANTIBUM_OFFICER'],
      },
      {
        // Deck step 3: the assessment goes to the kepala desa for approval.
        id: 'submit-for-approval',
        label: { id: 'Ajukan persetujuan Kepala Desa', en: "Ask for the kepala desa's approval" },
        from: ['assessment'],
        to: 'awaiting-approval',
        roles: ['TRANTIBUM_OFFICER'],
        // The note is the result of the assessment and identification.
        requiresNote: true,
      },
      {
        // Deck step 3: the explicit approval only the kepala desa can give.
        id: 'approve-follow-up',
        label: { id: 'Setujui tindak lanjut', en: 'Approve the follow-up' },
        from: ['awaiting-approval'],
        to: 'examination',
        roles: ['KEPALA_DESA'],
      },
      {
        // Deck steps 2b and 3: no approval, e.g. a complaint without identity or contact.
        id: 'refuse-follow-up',
        label: { id: 'Tolak tindak lanjut', en: 'Refuse the follow-up' },
        from: ['awaiting-approval'],
        to: 'not-followed-up',
        declineReasons: ['INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'],
        roles: ['KEPALA_DESA'],
        requiresReason: true,
      },
      {
        // Deck step 4: the examination report goes to the kepala desa.
        id: 'report-examination',
        label: { id: 'Sampaikan laporan hasil pemeriksaan', en: 'Submit the examination report' },
        from: ['examination'],
        to: 'examination-reported',
        roles: ['TRANTIBUM_OFFICER'],
        requiresNote: true,
      },
      {
        // Deck step 4: settled within the village.
        id: 'settle-in-village',
        label: { id: 'Selesaikan di lingkup desa', en: 'Settle within the village' },
        from: ['examination-reported'],
        to: 'settled-in-village',
        roles: ['KEPALA_DESA'],
        // MUSYAWARAH (mediation in the village) or DIRECT_HELP (the village helps directly).
        requiresNote: true,
      },
      ...CATEGORY_FORWARDS.map(forwardByCategory),
      {
        // Deck step 5.
        id: 'record-opd-follow-up',
        label: { id: 'Catat tindak lanjut OPD', en: 'Record the OPD follow-up' },
        from: ['forwarded-to-opd'],
        to: 'opd-follow-up',
        roles: ['OPD_OFFICER'],
        requiresNote: true,
      },
      {
        // Deck step 5.
        id: 'record-police-follow-up',
        label: { id: 'Catat tindak lanjut Kepolisian', en: 'Record the police follow-up' },
        from: ['forwarded-to-police'],
        to: 'police-follow-up',
        roles: ['POLICE_OFFICER'],
        requiresNote: true,
      },
      {
        // Deck step 5: each receiving unit completes what it holds (an OPD officer is
        // never in the police unit's chain, nor the other way round).
        id: 'complete',
        label: { id: 'Selesaikan', en: 'Complete' },
        from: ['opd-follow-up', 'police-follow-up'],
        to: 'completed',
        roles: ['OPD_OFFICER', 'POLICE_OFFICER'],
        requiresNote: true,
      },
      {
        // The unit the case was forwarded to declines it, with a code; the kepala desa may also decline a
        // case that came back (bukan wewenang) rather than forward it elsewhere.
        id: 'decline',
        label: { id: 'Tolak pengaduan', en: 'Decline the complaint' },
        from: ['examination-reported', 'forwarded-to-opd', 'forwarded-to-police', 'opd-follow-up', 'police-follow-up'],
        to: 'declined',
        roles: ['KEPALA_DESA', 'OPD_OFFICER', 'POLICE_OFFICER'],
        requiresReason: true,
        declineReasons: ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'],
      },
      {
        // The reporter withdraws the complaint; whoever holds it records it.
        id: 'withdraw',
        label: { id: 'Catat pencabutan oleh pelapor', en: 'Record the withdrawal by the reporter' },
        from: [
          'registered',
          'assessment',
          'awaiting-approval',
          'examination',
          'examination-reported',
          'forwarded-to-opd',
          'forwarded-to-police',
          'opd-follow-up',
          'police-follow-up',
        ],
        to: 'withdrawn',
        roles: ['TRANTIBUM_OFFICER', 'KEPALA_DESA', 'OPD_OFFICER', 'POLICE_OFFICER'],
        requiresReason: true,
      },
      {
        // Neither dealt with nor refused; the reason is told to the reporter.
        id: 'close-cannot-be-served',
        label: { id: 'Tutup: tidak dapat ditangani', en: 'Close: cannot be served' },
        from: [
          'registered',
          'assessment',
          'awaiting-approval',
          'examination',
          'examination-reported',
          'forwarded-to-opd',
          'forwarded-to-police',
          'opd-follow-up',
          'police-follow-up',
        ],
        to: 'cannot-be-served',
        roles: ['KEPALA_DESA', 'OPD_OFFICER', 'POLICE_OFFICER'],
        requiresReason: true,
      },
    ],
  },
  routes: [
    {
      id: 'fire-service',
      label: {
        id: 'Dinas Pemadam Kebakaran (Damkar) kabupaten/kota',
        en: 'Fire and rescue service of the kabupaten/kota',
      },
      unitKind: 'OPD',
      service: 'pemadam-kebakaran',
    },
    {
      id: 'disaster-agency',
      label: { id: 'Badan Penanggulangan Bencana Daerah (BPBD)', en: 'Regional disaster management agency (BPBD)' },
      unitKind: 'OPD',
      service: 'penanggulangan-bencana',
    },
    {
      id: 'women-child-protection',
      label: {
        id: 'UPTD Perlindungan Perempuan dan Anak (Dinas P3A)',
        en: 'Women and child protection unit (UPTD PPA)',
      },
      unitKind: 'OPD',
      service: 'perlindungan-perempuan-anak',
    },
    {
      // Satpol PP in the demo: the kabupaten's public-order agency (Perda enforcement).
      id: 'trantibumlinmas-opd',
      label: {
        id: 'OPD ketenteraman dan ketertiban umum kabupaten/kota',
        en: 'Public-order agency (OPD) of the kabupaten/kota',
      },
      unitKind: 'OPD',
      service: 'trantibumlinmas',
    },
    {
      // The police unit of the case's kecamatan (Polsek).
      id: 'police',
      label: { id: 'Kepolisian sektor (Polsek)', en: 'Police (Polsek) of the kecamatan' },
      unitKind: 'POLICE',
    },
  ],
});
