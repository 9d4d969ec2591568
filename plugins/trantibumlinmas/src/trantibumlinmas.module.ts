import { defineSpmPluginModule } from '@posyandu-spm/plugin-api';
import { trantibumlinmasPlugin } from './trantibumlinmas.plugin.js';

/** The installable sector (apps/api installs every plugin package it depends on). */
export default defineSpmPluginModule({ plugin: trantibumlinmasPlugin });
