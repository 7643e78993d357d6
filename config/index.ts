// Public surface of configuration: parse the environment once, at the entry point.
export { loadConfig } from './env.js';
export type { Config, LogLevel, WebhookConfig } from './env.js';
export { readEnvFile } from './readEnvFile.js';
export { loadPaths } from './paths.js';
export type { Paths } from './paths.js';
export { loadFetchConfig } from './fetchConfig.js';
export type { FetchConfig } from './fetchConfig.js';
