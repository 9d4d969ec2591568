import { useI18n } from '../i18n/i18n';
import { pageWords } from '../i18n/words';

/**
 * The open-day pages' words, Indonesian first. Kept in the open-day chunks (like
 * admin/admin-text.ts), so the main bundle does not carry them for everyone.
 */
const words = {
  title: ['Hari buka Posyandu', 'Posyandu open days'],
  intro: [
    'Lima meja: pendaftaran, penimbangan/pengukuran, pencatatan, pelayanan kesehatan, penyuluhan.',
    'Five tables: registration, weighing/measuring, recording, health service, counselling.',
  ],
  openToday: ['Buka hari ini', 'Open today'],
  opening: ['Membuka…', 'Opening…'],
  none: ['Belum ada hari buka.', 'No open days yet.'],
  statusOPEN: ['Sedang buka', 'Open'],
  statusCLOSED: ['Ditutup', 'Closed'],
  board: ['Papan langsung', 'Live board'],
  recap: ['Rekap', 'Recap'],
  monthlyRecap: ['Rekap bulanan', 'Monthly recap'],
  month: ['Bulan', 'Month'],
  showMonth: ['Tampilkan', 'Show'],
  noAccess: [
    'Halaman ini untuk kader Posyandu, tenaga kesehatan, dan pemerintah desa.',
    'This page is for Posyandu kader, health workers and the village government.',
  ],
  // Tables
  table: ['Meja {n}', 'Table {n}'],
  stationREGISTRATION: ['Pendaftaran', 'Registration'],
  stationMEASUREMENT: ['Penimbangan/pengukuran', 'Weighing/measuring'],
  stationRECORDING: ['Pencatatan', 'Recording'],
  stationSERVICE: ['Pelayanan kesehatan', 'Health service'],
  stationCOUNSELLING: ['Penyuluhan', 'Counselling'],
  stationDONE: ['Selesai', 'Done'],
  visitors: ['{count} orang', '{count} people'],
  myTable: ['Meja saya', 'My table'],
  myTableHint: ['Pilih meja Anda; ponsel ini mengingatnya.', 'Choose your table; this phone remembers it.'],
  openMyTable: ['Buka meja saya: {table}', 'Open my table: {table}'],
  nobodyHere: ['Tidak ada pengunjung di meja ini.', 'Nobody at this table.'],
  queueNumber: ['No. {n}', 'No. {n}'],
  closeDay: ['Tutup hari & RTL', 'Close the day & plan'],
  dayClosed: ['Hari buka ini sudah ditutup.', 'This open day has been closed.'],
  backToBoard: ['Kembali ke papan', 'Back to the board'],
  waiting: ['Antrean meja ini', "This table's queue"],
  pick: ['Pilih pengunjung berikutnya', 'Pick the next visitor'],
  chosen: ['Pengunjung: {name} (No. {n})', 'Visitor: {name} (No. {n})'],
  otherVisitor: ['Pilih pengunjung lain', 'Pick another visitor'],
  skipTable: ['Lewati meja ini', 'Skip this table'],
  measureAgain: ['Kembali ke Meja 2 untuk ukur ulang', 'Back to table 2 to measure again'],
  kaderTable: [
    'Meja ini dicatat kader Posyandu ini; tenaga kesehatan mencatat di Meja 4.',
    "This Posyandu's kader record at this table; health workers record at table 4.",
  ],
  saved: ['Tersimpan: {name} lanjut ke {next}.', 'Saved: {name} goes on to {next}.'],
  // Table 1
  searchEarlier: ['Cari pengunjung sebelumnya (nama atau NIK)', 'Find an earlier visitor (name or NIK)'],
  searchHint: [
    'Dari hari buka sebelumnya di Posyandu ini. Tidak ketemu? Isi formulir di bawah.',
    "From this Posyandu's earlier open days. Not found? Fill in the form below.",
  ],
  useEarlier: ['Pakai data {name}', "Use {name}'s details"],
  noMatch: ['Tidak ada yang cocok.', 'No match.'],
  name: ['Nama lengkap', 'Full name'],
  nik: ['NIK (16 angka)', 'NIK (16 digits)'],
  targetGroup: ['Kelompok sasaran', 'Target group'],
  sex: ['Jenis kelamin', 'Sex'],
  male: ['Laki-laki', 'Male'],
  female: ['Perempuan', 'Female'],
  birthDate: ['Tanggal lahir', 'Date of birth'],
  guardian: ['Orang tua/wali', 'Parent/guardian'],
  guardianName: ['Nama orang tua/wali', "Parent's/guardian's name"],
  guardianNik: ['NIK orang tua/wali', "Parent's/guardian's NIK"],
  register: ['Daftarkan', 'Register'],
  registering: ['Mendaftarkan…', 'Registering…'],
  registered: ['Terdaftar: {name}', 'Registered: {name}'],
  bigQueueNumber: ['Nomor antrean', 'Queue number'],
  goesTo: ['Silakan ke Meja 2 (penimbangan/pengukuran).', 'Please go to table 2 (weighing/measuring).'],
  nextRegistration: ['Pendaftar berikutnya', 'Next registration'],
  needName: ['Isi nama lengkap.', 'Enter the full name.'],
  historyAndGrowth: ['Riwayat dan grafik pertumbuhan {name}', "{name}'s history and growth chart"],
  needTargetGroup: ['Pilih kelompok sasaran.', 'Choose the target group.'],
  needNik: [
    'NIK sasaran atau NIK orang tua/wali wajib diisi (untuk tindak lanjut).',
    "The person's NIK or a parent's/guardian's NIK is needed (for the follow-up).",
  ],
  needGuardianName: [
    'Anak di bawah 18 tahun: isi nama orang tua/wali.',
    "A child under 18: enter the parent's or guardian's name.",
  ],
  guardianConsent: [
    'Orang tua/wali setuju data kesehatan anak ini dicatat (UU 27/2022)',
    "The parent or guardian agrees to this child's health data being recorded (UU 27/2022)",
  ],
  guardianConsentHint: [
    'Tanyakan langsung kepada orang tua/wali sebelum mencatat. Data anak hanya dilihat kader Posyandu ini dan tenaga kesehatan.',
    "Ask the parent or guardian before recording. A child's data is seen only by this Posyandu's kader and health workers.",
  ],
  needConsent: [
    'Data kesehatan anak hanya dicatat dengan persetujuan orang tua/wali.',
    "A child's health data is recorded only with a parent's or guardian's consent.",
  ],
  badNik: ['Perbaiki NIK: {problem}', 'Fix the NIK: {problem}'],
  needChildData: [
    'Bayi dan balita: tanggal lahir dan jenis kelamin wajib (untuk z-score).',
    'Newborns and toddlers need a date of birth and sex (for the z-scores).',
  ],
  birthInFuture: ['Tanggal lahir setelah hari buka.', 'Date of birth after the open day.'],
  // Table 2
  weight: ['Berat badan (kg)', 'Weight (kg)'],
  length: ['Panjang/tinggi badan (cm)', 'Length/height (cm)'],
  height: ['Tinggi badan (cm)', 'Height (cm)'],
  position: ['Posisi pengukuran', 'Measuring position'],
  lying: ['Berbaring (panjang)', 'Lying (length)'],
  standing: ['Berdiri (tinggi)', 'Standing (height)'],
  head: ['Lingkar kepala (cm)', 'Head circumference (cm)'],
  lila: ['LiLA (cm)', 'Mid-upper-arm circumference, MUAC (cm)'],
  systolic: ['Tekanan darah sistolik (mmHg)', 'Systolic blood pressure (mmHg)'],
  diastolic: ['Tekanan darah diastolik (mmHg)', 'Diastolic blood pressure (mmHg)'],
  oedema: ['Bengkak (edema) di kedua punggung kaki', 'Swelling (oedema) of both feet'],
  enterHint: ['Enter: ke kolom berikutnya; di kolom terakhir: simpan.', 'Enter: next field; on the last one: save.'],
  saveMeasurement: ['Simpan pengukuran', 'Save the measurements'],
  saving: ['Menyimpan…', 'Saving…'],
  needOneValue: ['Isi minimal satu ukuran.', 'Enter at least one measurement.'],
  notNumber: ['{field}: tulis angka, mis. 9,5.', '{field}: write a number, e.g. 9.5.'],
  outOfRange: [
    '{field}: {value} di luar rentang wajar ({min}–{max}); periksa satuannya.',
    '{field}: {value} is outside the plausible range ({min}–{max}); check the unit.',
  ],
  needBothPressures: [
    'Tekanan darah: isi sistolik dan diastolik.',
    'Blood pressure: enter both the systolic and the diastolic.',
  ],
  diastolicBelow: [
    'Tekanan diastolik harus lebih rendah dari sistolik; periksa urutan angkanya.',
    'The diastolic pressure must be lower than the systolic; check the order of the numbers.',
  ],
  standingUnder9Months: [
    'Anak di bawah 9 bulan diukur berbaring (panjang badan).',
    'A child under 9 months is measured lying down (length).',
  ],
  result: ['Hasil {name}', "{name}'s results"],
  zScore: ['{indicator}: z = {z} — {label}', '{indicator}: z = {z} — {label}'],
  implausible: ['nilai tidak wajar, ukur ulang', 'implausible value, measure again'],
  remeasure: [
    'Ada nilai tidak wajar: ukur ulang sebelum lanjut.',
    'An implausible value: measure again before moving on.',
  ],
  noRisk: ['Tidak ada risiko terdeteksi.', 'No risk found.'],
  risks: ['Risiko terdeteksi', 'Risks found'],
  followUp: ['Kasus tindak lanjut (kunjungan rumah) dibuka: {code}', 'Follow-up case (home visit) opened: {code}'],
  indicatorweightForAge: ['BB/U', 'Weight-for-age'],
  indicatorlengthHeightForAge: ['PB/U atau TB/U', 'Length/height-for-age'],
  indicatorweightForLengthHeight: ['BB/PB atau BB/TB', 'Weight-for-length/height'],
  indicatorbmiForAge: ['IMT/U', 'BMI-for-age'],
  indicatorheadCircumferenceForAge: ['LK/U', 'Head circumference-for-age'],
  nextVisitor: ['Pengunjung berikutnya', 'Next visitor'],
  // Table 3
  recordingTitle: ['Tulis hasil di buku KIA / KMS', 'Write the results in the KIA book / KMS'],
  noMeasurement: ['Belum ada hasil penimbangan.', 'No measurements yet.'],
  note: ['Catatan (opsional)', 'Note (optional)'],
  writtenInBook: ['Sudah ditulis di buku KIA/KMS', 'Written in the KIA book/KMS'],
  // Table 4
  immunizations: ['Imunisasi', 'Immunisations'],
  immunizationsByHealthWorker: [
    'Imunisasi dicatat tenaga kesehatan.',
    'Immunisations are recorded by a health worker.',
  ],
  vitaminA: ['Vitamin A', 'Vitamin A'],
  pmt: ['PMT (makanan tambahan)', 'Supplementary feeding (PMT)'],
  ironTablets: ['Tablet tambah darah', 'Iron tablets'],
  saveService: ['Simpan pelayanan', 'Save the service'],
  // Table 5
  topics: ['Topik penyuluhan', 'Counselling topics'],
  needTopic: ['Pilih minimal satu topik penyuluhan.', 'Choose at least one counselling topic.'],
  saveCounselling: ['Simpan penyuluhan', 'Save the counselling'],
  // Close & plan
  closeTitle: ['Tutup hari buka', 'Close the open day'],
  plan: ['Rencana tindak lanjut (RTL)', 'Follow-up plan (RTL)'],
  planHint: [
    'Siapa dikunjungi, oleh siapa, kapan; apa yang diminta dari Pustu dan desa. 10–4000 karakter.',
    'Who is visited, by whom, when; what is asked of the Pustu and the village. 10 to 4000 characters.',
  ],
  planLength: ['Rencana tindak lanjut: 10–4000 karakter.', 'Follow-up plan: 10 to 4000 characters.'],
  stillAtTables: [
    '{count} pengunjung belum selesai di semua meja.',
    '{count} visitors have not finished at every table.',
  ],
  closeButton: ['Tutup hari buka', 'Close the open day'],
  savePlan: ['Simpan RTL', 'Save the plan'],
  planSaved: ['RTL tersimpan.', 'Plan saved.'],
  closedAt: ['Ditutup {time}', 'Closed {time}'],
  kaderOnly: ['Hanya kader Posyandu ini yang menutup hari buka.', "Only this Posyandu's kader close the day."],
  // Recap
  recapTitle: ['Rekap hari buka {period}', 'Open-day recap {period}'],
  skdnTitle: ['SKDN balita', 'SKDN (toddlers)'],
  areaRecap: ['Ringkasan kecamatan', 'Kecamatan summary'],
  areaRecapTitle: ['Ringkasan hari buka kecamatan {area}, {month}', 'Open days of kecamatan {area}, {month}'],
  areaTotal: ['Seluruh kecamatan ({n} Posyandu)', 'Whole kecamatan ({n} Posyandu)'],
  noAreaRows: [
    'Belum ada Posyandu dengan hari buka dalam 12 bulan terakhir.',
    'No Posyandu with an open day in the last 12 months.',
  ],
  skdnS: ['S — balita yang dikenal Posyandu', 'S — toddlers known to the Posyandu'],
  skdnD: ['D — ditimbang', 'D — weighed'],
  skdnN: ['N — berat badan naik', 'N — weight went up'],
  skdnT: ['T — berat badan tidak naik', 'T — weight did not go up'],
  skdnO: ['O — tidak ditimbang bulan lalu', 'O — not weighed last month'],
  skdnB: ['B — baru pertama ditimbang', 'B — weighed for the first time'],
  skdnDS: ['D/S — partisipasi penimbangan', 'D/S — weighing participation'],
  skdnND: ['N/D — balita yang naik berat badannya', 'N/D — toddlers gaining weight'],
  notCounted: ['belum dapat dihitung', 'cannot be computed yet'],
  homeVisits: ['Kunjungan rumah tercatat', 'Home visits recorded'],
  followUpsVisited: ['Kasus tindak lanjut yang sudah dikunjungi', 'Follow-up cases visited'],
  outcomesTitle: ['Hasil tindak lanjut per anak', 'Follow-up results per child'],
  outcomeVisits: ['{n} kunjungan rumah', '{n} home visits'],
  outcomeLast: ['Temuan terakhir: {findings}', 'Latest findings: {findings}'],
  noOutcomes: ['Belum ada kasus tindak lanjut.', 'No follow-up cases yet.'],
  absenteesTitle: ['Balita belum datang bulan ini (sweeping)', 'Toddlers not seen this month (home visits)'],
  absenteeLine: ['{age} bulan · terakhir datang {date}', '{age} months · last came {date}'],
  absenteeGuardian: ['orang tua/wali: {name}', 'parent/guardian: {name}'],
  noAbsentees: ['Semua balita yang dikenal sudah datang bulan ini.', 'Every known toddler has come this month.'],
  recapMonthTitle: ['Rekap bulan {period}', 'Recap for {period}'],
  figure: ['Angka', 'Figure'],
  value: ['Jumlah', 'Count'],
  sessions: ['Hari buka', 'Open days'],
  recapVisitors: ['Pengunjung', 'Visitors'],
  byTargetGroup: ['Pengunjung menurut kelompok sasaran', 'Visitors by target group'],
  childrenWeighed: ['Balita (0–60 bulan) ditimbang', 'Children 0–60 months weighed'],
  childrenAtRisk: ['Balita dengan risiko', 'Children at risk'],
  risksByCategory: ['Temuan risiko', 'Risk findings'],
  people: ['Orang', 'People'],
  followUpsOpened: ['Kasus tindak lanjut dibuka', 'Follow-up cases opened'],
  followUpsOpen: ['Tindak lanjut masih berjalan', 'Follow-ups still open'],
  followUpsDone: ['Tindak lanjut selesai', 'Follow-ups done'],
  immunized: ['Mendapat imunisasi', 'Immunised'],
  recapVitaminA: ['Mendapat vitamin A', 'Given vitamin A'],
  recapPmt: ['Mendapat PMT', 'Given supplementary feeding'],
  counselled: ['Mendapat penyuluhan', 'Counselled'],
  plans: ['Rencana tindak lanjut (RTL)', 'Follow-up plans (RTL)'],
  noPlan: ['Belum ada RTL.', 'No follow-up plan yet.'],
  noRisks: ['Tidak ada temuan risiko.', 'No risk findings.'],
  download: ['Unduh', 'Download'],
  downloadCsv: ['Unduh CSV', 'Download CSV'],
  downloadXlsx: ['Unduh XLSX (Excel)', 'Download XLSX (Excel)'],
} as const satisfies Record<string, readonly [string, string]>;

export type OpenDayWord = keyof typeof words;

/** The Permenkes abbreviation of a growth indicator (BB/U …), or null for other findings (KEK, blood pressure). */
export function indicatorWord(indicator: string): OpenDayWord | null {
  const key = `indicator${indicator}`;
  return key in words ? (key as OpenDayWord) : null;
}

/** The word as a bilingual `Text`, with `{name}` placeholders filled. */
export const openDayText = pageWords(words);

/** `w('table', { n: 2 })` in the chosen language. */
export function useOpenDayWords(): (key: OpenDayWord, vars?: Record<string, string | number>) => string {
  const { text } = useI18n();
  return (key, vars) => text(openDayText(key, vars));
}
