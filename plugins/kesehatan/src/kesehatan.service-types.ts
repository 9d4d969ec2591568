import type { DocumentRequirement, FactDefinition, ServiceTypeDefinition } from '@posyandu-spm/core';
import { targetGroupFact } from './target-groups.js';

/**
 * Documents and intake questions of the health sector. The deck's Kesehatan
 * slide lists no documents (unlike the other five sectors): the monitoring case
 * only optionally carries photos of the KIA/KMS book; the BPJS complaint carries
 * what the social agency needs to check DTKS (KTP, KK) and, if the citizen has
 * it, the card.
 */
export const kesehatanDocuments: DocumentRequirement[] = [
  { code: 'ktp-copy', label: { id: 'Fotokopi KTP', en: 'Identity card (KTP) copy' }, minFiles: 1, maxFiles: 2 },
  {
    code: 'kk-copy',
    label: { id: 'Fotokopi Kartu Keluarga (KK)', en: 'Family card (KK) copy' },
    minFiles: 1,
    maxFiles: 2,
  },
  {
    code: 'bpjs-card',
    label: { id: 'Kartu BPJS Kesehatan / KIS (fotokopi atau foto)', en: 'BPJS health (JKN-KIS) card, copy or photo' },
    description: { id: 'Sisi depan dan, bila ada, sisi belakang.', en: 'The front and, where printed, the back.' },
    minFiles: 1,
    maxFiles: 2,
  },
  {
    code: 'kia-kms-book',
    label: {
      id: 'Buku KIA / KMS (foto halaman terkait)',
      en: 'Maternal and child health book (KIA) or growth card (KMS), photos of the pages concerned',
    },
    minFiles: 1,
    maxFiles: 6,
  },
  {
    code: 'complaint-evidence',
    label: {
      id: 'Bukti pendukung pengaduan (foto, kuitansi, resep)',
      en: 'Supporting evidence (photos, receipts, prescriptions)',
    },
    minFiles: 1,
    maxFiles: 5,
  },
];

/** Deck item 2a: who is monitored at home, and why. */
const monitoringFacts: FactDefinition[] = [
  targetGroupFact,
  {
    id: 'subjectName',
    label: { id: 'Nama sasaran', en: 'Name of the person monitored' },
    type: 'text',
    required: true,
    maxLength: 120,
    format: { kind: 'personName' },
  },
  {
    id: 'subjectBirthDate',
    label: { id: 'Tanggal lahir sasaran', en: "Monitored person's date of birth" },
    type: 'date',
    required: false,
  },
  {
    id: 'monitoringReason',
    label: {
      id: 'Alasan pemantauan (mis. tidak hadir di hari buka, hasil deteksi dini meja 2)',
      en: 'Why monitor (e.g. missed the open day, early risk detection at table 2)',
    },
    type: 'text',
    required: true,
    maxLength: 500,
  },
  {
    id: 'lastOpenDayDate',
    label: { id: 'Tanggal hari buka Posyandu terakhir', en: "Date of the Posyandu's last open day" },
    type: 'date',
    required: false,
  },
];

const bpjsFacts: FactDefinition[] = [
  {
    // The NIK is enough to look a member up; many cannot find the card when it is refused.
    id: 'bpjsCardNumber',
    label: { id: 'Nomor kartu BPJS Kesehatan / KIS (13 angka)', en: 'BPJS health card (JKN-KIS) number (13 digits)' },
    type: 'text',
    required: false,
    // Room for the spaces people type between digit groups; the format keeps the 13 digits.
    maxLength: 20,
    format: { kind: 'digits', length: 13 },
  },
  {
    id: 'membershipSegment',
    label: { id: 'Segmen kepesertaan', en: 'Membership segment' },
    type: 'choice',
    required: true,
    options: [
      { value: 'PBI_APBN', label: { id: 'PBI JK (iuran dibayar APBN)', en: 'PBI JK (premium paid by the state)' } },
      {
        value: 'PBI_APBD',
        label: { id: 'PBI daerah (iuran dibayar Pemda)', en: 'Regional PBI (premium paid by the regency)' },
      },
      { value: 'PBPU', label: { id: 'Mandiri (PBPU)', en: 'Self-paying (PBPU)' } },
      { value: 'PPU', label: { id: 'Pekerja penerima upah (PPU)', en: 'Wage earner (PPU, paid by employer)' } },
      { value: 'UNKNOWN', label: { id: 'Tidak tahu', en: 'Does not know' } },
    ],
  },
  {
    id: 'inactiveSince',
    label: { id: 'Diketahui non-aktif sejak', en: 'Known to be inactive since' },
    type: 'date',
    required: false,
  },
  {
    id: 'needsCareNow',
    label: {
      id: 'Sedang membutuhkan pelayanan kesehatan (rawat/kontrol rutin)',
      en: 'Needs health care now (treatment or regular check-ups)',
    },
    type: 'boolean',
    required: true,
  },
];

const complaintFacts: FactDefinition[] = [
  {
    id: 'complaintTopic',
    label: { id: 'Pokok pengaduan', en: 'Subject of the complaint' },
    type: 'choice',
    required: true,
    options: [
      { value: 'SERVICE_QUALITY', label: { id: 'Mutu pelayanan', en: 'Quality of service' } },
      { value: 'MEDICINE', label: { id: 'Ketersediaan obat / vaksin', en: 'Medicine or vaccine availability' } },
      { value: 'STAFF', label: { id: 'Sikap / kehadiran petugas', en: "Staff's conduct or attendance" } },
      { value: 'COST', label: { id: 'Biaya / pungutan', en: 'Costs or charges' } },
      { value: 'REFERRAL', label: { id: 'Rujukan', en: 'Referral' } },
      { value: 'OTHER', label: { id: 'Lainnya', en: 'Other' } },
    ],
  },
  {
    id: 'facilityName',
    label: { id: 'Fasilitas kesehatan yang diadukan', en: 'Health facility complained about' },
    type: 'text',
    required: false,
    maxLength: 160,
  },
  { id: 'incidentDate', label: { id: 'Tanggal kejadian', en: 'Date of the incident' }, type: 'date', required: false },
];

export const HOME_VISIT_MONITORING = 'home-visit-monitoring';
export const BPJS_INACTIVE = 'bpjs-inactive';
export const HEALTH_SERVICE_COMPLAINT = 'health-service-complaint';

export const kesehatanServiceTypes: ServiceTypeDefinition[] = [
  {
    // Deck item 2: "Layanan pada Setelah Hari Buka Posyandu".
    id: HOME_VISIT_MONITORING,
    name: { id: 'Pemantauan kesehatan melalui kunjungan rumah', en: 'Health monitoring by home visits' },
    description: {
      id: 'Kader memantau kondisi kesehatan sasaran setelah hari buka Posyandu, merekap hasilnya untuk Pemerintah Desa dan Pustu.',
      en: "The kader monitors a target person's health after the open day and recaps the results for the village government and the Pustu.",
    },
    documents: [{ code: 'kia-kms-book', required: false }],
    facts: monitoringFacts,
    // Issue 7: the Pustu of the desa (and the Puskesmas over it) follows every home-visit follow-up from the
    // moment it opens, and notes its own visits, while the kader holds the case; it acts from `recap-with-pustu`.
    areaReaders: { roles: ['HEALTH_WORKER'], recordVisits: true },
  },
  {
    // The launch report (Desa Gombang, 11 Feb 2026): the most frequent complaint.
    id: BPJS_INACTIVE,
    name: { id: 'Kartu BPJS Kesehatan tiba-tiba non-aktif', en: 'BPJS health card suddenly inactive' },
    description: {
      id: 'Pengaktifan kembali kepesertaan PBI JKN melalui data DTKS Dinas Sosial.',
      en: "Reactivating subsidised (PBI) national health insurance through the social agency's DTKS data.",
    },
    documents: [
      { code: 'ktp-copy', required: true },
      { code: 'kk-copy', required: true },
      { code: 'bpjs-card', required: false },
    ],
    facts: bpjsFacts,
  },
  {
    id: HEALTH_SERVICE_COMPLAINT,
    name: { id: 'Pengaduan layanan kesehatan', en: 'Health-service complaint' },
    documents: [{ code: 'complaint-evidence', required: false }],
    facts: complaintFacts,
  },
];
