export { perumahanRakyatPlugin } from './perumahan-rakyat.plugin.js';
