export { type AppOptions, createApp } from './app.js';
export { localize } from './localize.js';
export { searchServices } from './search/search.js';
export { buildSearchIndex, type SearchIndex } from './search/search-index.js';
export { type StartedServer, type StartServerOptions, startServer } from './server.js';
