export type { Catalogue, CatalogueProblem } from './catalogue.js';
export { demoCatalogueDir, loadDemoCatalogue } from './demo.js';
export { type GenerateOptions, generateCatalogue } from './generate.js';
export {
  catalogueLanguages,
  derivedId as hsdsDerivedId,
  exportHsds,
  type HsdsExportOptions,
} from './hsds.js';
export type * from './hsds-types.js';
export { type LoadResult, loadCatalogue } from './load.js';
export { importPtv, type PtvImportOptions, type PtvImportResult } from './ptv.js';
export { tm35finToWgs84 } from './ptv-coordinates.js';
export {
  isContact,
  isFrontPage,
  type QualityFinding,
  type QualityKind,
  qualityReport,
} from './quality.js';
export { writeCatalogueFolder } from './write.js';
