import { defineSpmPluginModule } from '@posyandu-spm/plugin-api';
import { perumahanRakyatPlugin } from './perumahan-rakyat.plugin.js';

/** The installable sector (apps/api installs every plugin package it depends on). */
export default defineSpmPluginModule({ plugin: perumahanRakyatPlugin });
