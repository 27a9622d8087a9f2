export type { components, operations, paths } from './generated/openapi.js';
export type * from './types.js';
