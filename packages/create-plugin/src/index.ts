export { scaffoldPlugin, type ScaffoldOptions, type ScaffoldResult } from './scaffold.js';
export { pluginNames, type PluginNames } from './names.js';
