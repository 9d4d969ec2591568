import { defineSpmPluginModule } from '@posyandu-spm/plugin-api';
import { kesehatanPlugin } from './kesehatan.plugin.js';
import { kesehatanServerExtension } from './kesehatan.server.js';

/** The installable health sector: its workflow data and its open-day server extension (apps/api installs it). */
export default defineSpmPluginModule({ plugin: kesehatanPlugin, server: kesehatanServerExtension });
