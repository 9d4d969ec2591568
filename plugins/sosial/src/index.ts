export { sosialPlugin } from './sosial.plugin.js';
