import { defineSpmPluginModule } from '@posyandu-spm/plugin-api';
import { sosialPlugin } from './sosial.plugin.js';

/** The installable sector (apps/api installs every plugin package it depends on). */
export default defineSpmPluginModule({ plugin: sosialPlugin });
