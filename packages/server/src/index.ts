export { type AppOptions, createApp } from './app.js';
export { localize } from './localize.js';
export { buildSearchIndex, type SearchIndex, searchServices } from './search/index.js';
export { type StartedServer, type StartServerOptions, startServer } from './server.js';
