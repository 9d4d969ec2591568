export { pendidikanPlugin } from './pendidikan.plugin.js';
