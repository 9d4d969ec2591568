import type { BilingualText } from '../i18n/i18n';

/**
 * The admin page's words, Indonesian first. Kept in the admin chunk (not the
 * shared dictionary), so the main bundle does not carry them for kader.
 */
const words = {
  title: ['Administrasi', 'Administration'],
  subtitle: ['Wilayah: {area}', 'Area: {area}'],
  notAdmin: ['Halaman ini hanya untuk admin kabupaten.', 'This page is for kabupaten administrators only.'],
  tabUsers: ['Pengguna & peran', 'Users & roles'],
  tabHolidays: ['Hari libur', 'Holidays'],
  tabKeys: ['Kunci API', 'API keys'],
  // Users
  newUser: ['Pengguna baru', 'New user'],
  username: ['Nama pengguna', 'Username'],
  usernameHint: [
    'Huruf kecil, angka, titik; mis. kader.gombang2',
    'Lower-case letters, digits, dots; e.g. kader.gombang2',
  ],
  displayName: ['Nama tampilan', 'Display name'],
  email: ['E-mail (opsional)', 'E-mail (optional)'],
  password: ['Kata sandi awal', 'Initial password'],
  passwordHint: [
    'Minimal 12 karakter, campuran huruf dan angka/tanda baca. Sampaikan secara langsung, bukan lewat grup.',
    'At least 12 characters, letters mixed with digits/symbols. Hand it over in person, not in a group chat.',
  ],
  createUser: ['Buat pengguna', 'Create user'],
  created: [
    'Pengguna {name} dibuat. Berikan peran agar ia bisa bekerja.',
    'User {name} created. Grant a role so they can work.',
  ],
  filterUnit: ['Saring menurut unit', 'Filter by unit'],
  allUnits: ['Semua unit', 'All units'],
  usersList: ['Daftar pengguna', 'Users'],
  noUsers: ['Belum ada pengguna.', 'No users yet.'],
  noRoles: ['Belum punya peran', 'No role yet'],
  inactive: ['Nonaktif', 'Inactive'],
  active: ['Aktif', 'Active'],
  deactivate: ['Nonaktifkan', 'Deactivate'],
  activate: ['Aktifkan lagi', 'Reactivate'],
  confirmDeactivate: [
    'Nonaktifkan {name}? Ia langsung keluar dari semua perangkat.',
    'Deactivate {name}? They are signed out of every device at once.',
  ],
  revoke: ['Cabut', 'Revoke'],
  revokeRoleLabel: ['Cabut peran {role} di {unit}', 'Revoke role {role} at {unit}'],
  confirmRevokeRole: ['Cabut peran {role} di {unit} dari {name}?', 'Revoke {role} at {unit} from {name}?'],
  grant: ['Beri peran', 'Grant role'],
  role: ['Peran', 'Role'],
  unit: ['Unit', 'Unit'],
  chooseUnit: ['Pilih unit…', 'Choose a unit…'],
  // Holidays
  year: ['Tahun', 'Year'],
  noHolidays: ['Tidak ada hari libur tercatat untuk tahun ini.', 'No days off recorded for this year.'],
  addHoliday: ['Tambah hari libur', 'Add a day off'],
  date: ['Tanggal', 'Date'],
  kind: ['Jenis', 'Kind'],
  nameId: ['Nama (Indonesia)', 'Name (Indonesian)'],
  nameEn: ['Nama (Inggris)', 'Name (English)'],
  legalBasis: ['Dasar hukum', 'Legal basis'],
  legalBasisHint: ['Mis. Keputusan Bupati Klaten No. …', 'E.g. Regent of Klaten Decree No. …'],
  areaCode: ['Kode wilayah', 'Area code'],
  save: ['Simpan', 'Save'],
  remove: ['Hapus', 'Remove'],
  removeHolidayLabel: ['Hapus hari libur {name} ({date})', 'Remove day off {name} ({date})'],
  confirmRemoveHoliday: [
    'Hapus {name}? Tenggat kasus yang terbuka dihitung ulang.',
    'Remove {name}? Deadlines of open cases are recomputed.',
  ],
  holidayAdded: ['Hari libur disimpan; tenggat kasus dihitung ulang.', 'Day off saved; case deadlines recomputed.'],
  kindNATIONAL: ['Libur nasional', 'National holiday'],
  kindCUTI_BERSAMA: ['Cuti bersama', 'Collective leave'],
  kindREGIONAL: ['Libur daerah', 'Regional holiday'],
  // API keys
  newKey: ['Kunci API baru', 'New API key'],
  keyName: ['Nama sistem', 'System name'],
  keyNameHint: ['Mis. SIM Dinas Sosial', 'E.g. Social agency information system'],
  keyUnit: ['Unit pemilik (OPD, Polsek, Puskesmas, Pustu)', 'Owning unit (OPD, police, Puskesmas, Pustu)'],
  expiresAt: ['Berlaku sampai', 'Valid until'],
  createKey: ['Buat kunci', 'Create key'],
  secretTitle: ['Kunci API baru: salin sekarang', 'New API key: copy it now'],
  secretWarning: [
    'Kunci ini hanya ditampilkan sekali. Simpan di tempat aman dan kirim ke pengelola sistem lewat jalur tertutup. Jika hilang, cabut dan buat kunci baru.',
    'This key is shown only once. Store it safely and send it to the system operator over a private channel. If it is lost, revoke it and create a new one.',
  ],
  secretLabel: ['Kunci rahasia', 'Secret key'],
  copy: ['Salin', 'Copy'],
  copied: ['Tersalin ke papan klip.', 'Copied to the clipboard.'],
  copyFailed: [
    'Tidak dapat menyalin; pilih teks lalu salin manual.',
    'Could not copy; select the text and copy it by hand.',
  ],
  secretDone: ['Sudah saya simpan', 'I have stored it'],
  keysList: ['Kunci yang ada', 'Existing keys'],
  noKeys: ['Belum ada kunci API.', 'No API keys yet.'],
  lastUsed: ['Terakhir dipakai: {when}', 'Last used: {when}'],
  neverUsed: ['Belum pernah dipakai', 'Never used'],
  until: ['Berlaku sampai {date}', 'Valid until {date}'],
  revokeKeyLabel: ['Cabut kunci {name}', 'Revoke key {name}'],
  confirmRevokeKey: [
    'Cabut kunci {name}? Sistem yang memakainya langsung ditolak.',
    'Revoke key {name}? The system using it is refused at once.',
  ],
  statusACTIVE: ['Aktif', 'Active'],
  statusEXPIRED: ['Kedaluwarsa', 'Expired'],
  statusREVOKED: ['Dicabut', 'Revoked'],
  // Roles (as core identity/roles.ts labels them)
  roleKADER: ['Kader Posyandu', 'Posyandu volunteer (kader)'],
  roleVILLAGE_OFFICER: ['Perangkat desa', 'Village officer'],
  roleKEPALA_DESA: ['Kepala desa', 'Village head'],
  roleTRANTIBUM_OFFICER: ['Petugas Trantibumlinmas desa', 'Village public-order officer'],
  roleKECAMATAN_OFFICER: ['Petugas kecamatan', 'Kecamatan officer'],
  roleOPD_OFFICER: ['Petugas OPD', 'Regional agency (OPD) officer'],
  rolePOLICE_OFFICER: ['Petugas kepolisian', 'Police officer'],
  roleHEALTH_WORKER: ['Tenaga kesehatan', 'Health worker'],
  roleADMIN: ['Admin kabupaten', 'Kabupaten administrator'],
} as const satisfies Record<string, readonly [string, string]>;

export type AdminWord = keyof typeof words;

/** The word as the server's bilingual `Text`, with `{name}` placeholders filled. */
export function adminText(key: AdminWord, vars: Record<string, string | number> = {}): BilingualText {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
  const [idText, enText] = words[key];
  return { id: fill(idText), en: fill(enText) };
}
