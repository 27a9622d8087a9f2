export { type AppOptions, createApp } from './app.js';
export { readConfig, type ServerConfig, settings } from './config.js';
export { localize } from './localize.js';
export { buildSearchIndex, type SearchIndex, searchServices } from './search/index.js';
export { type StartedServer, type StartServerOptions, startServer } from './server.js';
