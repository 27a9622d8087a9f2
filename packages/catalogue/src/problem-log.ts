// The one problem log that the loader's, the importer's and the exporter's small modules share:
// every entry names its file, record and field, so a reader can find what to fix.
import type { CatalogueProblem } from './catalogue.js';

export class ProblemLog {
  readonly entries: CatalogueProblem[] = [];

  /** `file` is what `report` names: the input being read (an importer moves it from file to file). */
  constructor(public file = '') {}

  get size(): number {
    return this.entries.length;
  }

  /** How many different records the entries are about. */
  get records(): number {
    return new Set(this.entries.map((entry) => `${entry.file}\u0000${entry.record ?? ''}`)).size;
  }

  /** Adds problems as they are. */
  add(...problems: CatalogueProblem[]): void {
    this.entries.push(...problems);
  }

  /** Adds a problem about `record` (and `field`, left out when empty) in this log's file. */
  report(record: string, field: string | undefined, message: string): void {
    this.entries.push({ file: this.file, record, ...(field ? { field } : {}), message });
  }
}
