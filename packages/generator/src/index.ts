export { type GenerateOptions, generateCatalogue } from './generate.js';
