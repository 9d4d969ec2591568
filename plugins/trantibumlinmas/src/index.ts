export { trantibumlinmasPlugin } from './trantibumlinmas.plugin.js';
