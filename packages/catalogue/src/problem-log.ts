// The one problem log that the loader's, the importer's and the exporter's small modules share:
// every entry names its file, record and field, so a reader can find what to fix.
import type { CatalogueProblem } from './catalogue.js';

export class ProblemLog {
  readonly entries: CatalogueProblem[] = [];

  /** `file` is what `report` names when it is given no other. */
  constructor(readonly file = '') {}

  get size(): number {
    return this.entries.length;
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
