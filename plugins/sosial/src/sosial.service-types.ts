import type { FactDefinition, ServiceTypeDefinition } from '@posyandu-spm/core';

/**
 * The five services of the SPM Bidang Sosial, in the deck's order (slide
 * "Langkah-langkah Pelaksanaan SPM SOSIAL", step 1): "layanan disabilitas, anak
 * terlantar, lanjut usia, tuna sosial (gelandangan dan pengemis), dan
 * perlindungan jaminan sosial bagi korban bencana".
 *
 * The person the complaint is about (the deck's *sasaran*) is often not the
 * applicant — a neighbour reports an abandoned elderly woman, a relative a child
 * left behind — so the sasaran is registered as a beneficiary of the case.
 */

/** Asked for every service type: the sasaran's standing in the national social-welfare data. */
const welfareDataFacts: FactDefinition[] = [
  {
    id: 'welfareDataStatus',
    label: {
      id: 'Sasaran terdaftar di DTSEN (dahulu DTKS)?',
      en: 'Is the person in the national social-economic data (DTSEN, formerly DTKS)?',
    },
    type: 'choice',
    required: false,
    options: [
      { value: 'REGISTERED', label: { id: 'Terdaftar', en: 'Registered' } },
      { value: 'NOT_REGISTERED', label: { id: 'Belum terdaftar', en: 'Not registered' } },
      { value: 'UNKNOWN', label: { id: 'Tidak tahu', en: 'Not known' } },
    ],
  },
  {
    id: 'urgentNeeds',
    label: { id: 'Kebutuhan mendesak sasaran', en: 'Urgent needs of the person' },
    type: 'text',
    required: false,
    maxLength: 500,
  },
];

/**
 * Deck step 2: the three items the kader records (2a identity copy of the sasaran,
 * 2b description of the complaint, 2c the village's statement letter); every
 * service type asks all three. 2c only exists once the village has taken the
 * case up, so the workflow checks it at the village's forwarding, not earlier.
 */
export const SOSIAL_DOCUMENTS = [
  { code: 'target-identity-copy', required: true },
  { code: 'complaint-statement', required: true },
  { code: 'village-statement-letter', required: true },
] as const;

export const SOSIAL_SERVICE_TYPES: readonly ServiceTypeDefinition[] = [
  {
    id: 'disability-services',
    name: { id: 'Layanan penyandang disabilitas', en: 'Services for persons with disabilities' },
    documents: [...SOSIAL_DOCUMENTS],
    facts: [
      {
        id: 'disabilityType',
        label: { id: 'Ragam disabilitas', en: 'Kind of disability' },
        type: 'choice',
        required: true,
        options: [
          { value: 'PHYSICAL', label: { id: 'Fisik', en: 'Physical' } },
          { value: 'INTELLECTUAL', label: { id: 'Intelektual', en: 'Intellectual' } },
          { value: 'MENTAL', label: { id: 'Mental', en: 'Mental' } },
          { value: 'SENSORY', label: { id: 'Sensorik', en: 'Sensory' } },
          { value: 'MULTIPLE', label: { id: 'Ganda', en: 'Multiple' } },
        ],
      },
      {
        id: 'hasCaregiver',
        label: { id: 'Ada keluarga/pendamping yang merawat', en: 'Has family or a carer looking after them' },
        type: 'boolean',
        required: true,
      },
      {
        id: 'assistiveDeviceNeeded',
        label: {
          id: 'Alat bantu yang dibutuhkan (kursi roda, kruk, alat bantu dengar, …)',
          en: 'Assistive device needed (wheelchair, crutches, hearing aid, …)',
        },
        type: 'text',
        required: false,
        maxLength: 200,
      },
      ...welfareDataFacts,
    ],
  },
  {
    id: 'neglected-child-services',
    name: { id: 'Layanan anak terlantar', en: 'Services for neglected children' },
    documents: [...SOSIAL_DOCUMENTS],
    facts: [
      {
        id: 'childAge',
        label: { id: 'Umur anak (tahun)', en: "Child's age (years)" },
        type: 'number',
        required: true,
      },
      {
        id: 'parentalSituation',
        label: { id: 'Keadaan orang tua', en: "Parents' situation" },
        type: 'choice',
        required: true,
        options: [
          { value: 'ORPHANED', label: { id: 'Yatim / piatu / yatim piatu', en: 'Lost one or both parents' } },
          { value: 'ABANDONED', label: { id: 'Ditinggal orang tua', en: 'Left by the parents' } },
          {
            value: 'PARENTS_UNABLE',
            label: { id: 'Orang tua tidak mampu mengasuh', en: 'Parents unable to care for the child' },
          },
          { value: 'OTHER', label: { id: 'Lainnya', en: 'Other' } },
        ],
      },
      {
        id: 'attendsSchool',
        label: { id: 'Anak masih bersekolah', en: 'The child attends school' },
        type: 'boolean',
        required: false,
      },
      ...welfareDataFacts,
    ],
  },
  {
    id: 'elderly-services',
    name: { id: 'Layanan lanjut usia', en: 'Services for the elderly' },
    documents: [...SOSIAL_DOCUMENTS],
    facts: [
      { id: 'age', label: { id: 'Umur (tahun)', en: 'Age (years)' }, type: 'number', required: true },
      { id: 'livesAlone', label: { id: 'Tinggal sendiri', en: 'Lives alone' }, type: 'boolean', required: true },
      {
        id: 'needsDailyCare',
        label: {
          id: 'Membutuhkan bantuan untuk kegiatan sehari-hari',
          en: 'Needs help with daily activities',
        },
        type: 'boolean',
        required: true,
      },
      ...welfareDataFacts,
    ],
  },
  {
    id: 'homeless-and-beggar-services',
    name: {
      id: 'Layanan tuna sosial (gelandangan dan pengemis)',
      en: 'Services for homeless people and beggars (tuna sosial)',
    },
    documents: [...SOSIAL_DOCUMENTS],
    facts: [
      {
        id: 'category',
        label: { id: 'Kategori', en: 'Category' },
        type: 'choice',
        required: true,
        options: [
          { value: 'HOMELESS', label: { id: 'Gelandangan', en: 'Homeless' } },
          { value: 'BEGGAR', label: { id: 'Pengemis', en: 'Beggar' } },
          { value: 'BOTH', label: { id: 'Gelandangan dan pengemis', en: 'Homeless and begging' } },
        ],
      },
      {
        id: 'whereFound',
        label: { id: 'Tempat sasaran dijumpai', en: 'Where the person was found' },
        type: 'text',
        required: true,
        maxLength: 200,
      },
      {
        id: 'hasIdentityDocument',
        label: { id: 'Sasaran memiliki identitas (KTP/KK)', en: 'The person has an identity document (KTP/KK)' },
        type: 'boolean',
        required: true,
      },
      {
        id: 'placeOfOrigin',
        label: { id: 'Daerah asal (bila diketahui)', en: 'Place of origin (if known)' },
        type: 'text',
        required: false,
        maxLength: 160,
      },
      ...welfareDataFacts,
    ],
  },
  {
    id: 'disaster-victim-protection',
    name: {
      id: 'Perlindungan jaminan sosial bagi korban bencana',
      en: 'Social-security protection for disaster victims',
    },
    documents: [...SOSIAL_DOCUMENTS],
    facts: [
      {
        id: 'disasterType',
        label: { id: 'Jenis bencana', en: 'Kind of disaster' },
        type: 'choice',
        required: true,
        options: [
          { value: 'FLOOD', label: { id: 'Banjir', en: 'Flood' } },
          { value: 'LANDSLIDE', label: { id: 'Tanah longsor', en: 'Landslide' } },
          { value: 'EARTHQUAKE', label: { id: 'Gempa bumi', en: 'Earthquake' } },
          { value: 'VOLCANIC_ERUPTION', label: { id: 'Erupsi gunung api', en: 'Volcanic eruption' } },
          { value: 'FIRE', label: { id: 'Kebakaran', en: 'Fire' } },
          { value: 'WINDSTORM', label: { id: 'Angin puting beliung', en: 'Windstorm' } },
          { value: 'DROUGHT', label: { id: 'Kekeringan', en: 'Drought' } },
          { value: 'OTHER', label: { id: 'Lainnya', en: 'Other' } },
        ],
      },
      {
        id: 'disasterDate',
        label: { id: 'Tanggal kejadian', en: 'Date of the disaster' },
        type: 'date',
        required: true,
      },
      {
        id: 'householdMembersAffected',
        label: { id: 'Jumlah anggota keluarga terdampak', en: 'Household members affected' },
        type: 'number',
        required: true,
      },
      {
        id: 'houseDamage',
        label: { id: 'Kerusakan rumah', en: 'Damage to the house' },
        type: 'choice',
        required: false,
        options: [
          { value: 'NONE', label: { id: 'Tidak rusak', en: 'None' } },
          { value: 'LIGHT', label: { id: 'Rusak ringan', en: 'Light' } },
          { value: 'MODERATE', label: { id: 'Rusak sedang', en: 'Moderate' } },
          { value: 'HEAVY', label: { id: 'Rusak berat', en: 'Heavy' } },
        ],
      },
      {
        id: 'displaced',
        label: { id: 'Keluarga mengungsi', en: 'The family is displaced' },
        type: 'boolean',
        required: false,
      },
      ...welfareDataFacts,
    ],
  },
];
