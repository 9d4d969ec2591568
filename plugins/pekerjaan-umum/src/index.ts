export { pekerjaanUmumPlugin } from './pekerjaan-umum.plugin.js';
