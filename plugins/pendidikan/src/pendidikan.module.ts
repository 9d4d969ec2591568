import { defineSpmPluginModule } from '@posyandu-spm/plugin-api';
import { pendidikanPlugin } from './pendidikan.plugin.js';

/** The installable sector (apps/api installs every plugin package it depends on). */
export default defineSpmPluginModule({ plugin: pendidikanPlugin });
