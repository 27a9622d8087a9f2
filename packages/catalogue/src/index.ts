export { fillChainServices, serviceSummary, sortCatalogue } from './assemble.js';
export type {
  Catalogue,
  CatalogueProblem,
  Concept,
  LayEntry,
  LayLanguage,
  LayVocabulary,
} from './catalogue.js';
export { demoCatalogueDir, loadDemoCatalogue } from './demo.js';
export {
  catalogueLanguages,
  derivedId as hsdsDerivedId,
  exportHsds,
  type HsdsExportOptions,
} from './hsds/index.js';
export { dataPackage, type HsdsTable, hsdsTables, tableCsv } from './hsds/tabular.js';
export { catalogueTimeZone } from './hsds/time-zone.js';
export type * from './hsds/types.js';
export { type LoadResult, loadCatalogue } from './load/index.js';
export { tm35finToWgs84 } from './ptv/coordinates.js';
export { importPtv, type PtvImportOptions, type PtvImportResult } from './ptv/index.js';
export {
  isContact,
  isFrontPage,
  type QualityFinding,
  type QualityKind,
  qualityReport,
} from './quality.js';
export { languagesOfTexts } from './texts.js';
export { writeCatalogueFolder } from './write.js';
