// The HSDS export as an HSDS Tabular Data Package: one CSV file per HSDS table (the file names HSDS
// 3.0's schemas give) and a `datapackage.json` (Frictionless Tabular Data Package) that describes
// them. Built from the JSON export, not from the catalogue: one mapping, two serializations.
//
// The nested JSON is flattened along HSDS's own foreign keys: a phone row carries `service_id`, an
// address row `location_id`, an attribute row `link_id`/`link_entity`. Objects embedded for
// convenience (a service_at_location's `location`, an attribute's `taxonomy_term`) are rows of their
// own tables already, so they are not repeated. A row appears once even where JSON repeats it.
import type { HsdsExport } from './types.js';

type Cell = string | number | boolean | undefined;
type Row = Record<string, Cell>;

export interface HsdsTable {
  /** HSDS's table name (`service_at_location`). */
  name: string;
  /** HSDS's CSV file name (`service_at_location.csv`). */
  path: string;
  fields: { name: string; type: 'string' | 'number' | 'boolean' | 'date' }[];
  rows: Row[];
}

/** HSDS 3.0 tables in dependency order, with their CSV file names (schema/*.json `path`). */
const tableFiles: Record<string, string> = {
  organization: 'organizations.csv',
  location: 'locations.csv',
  address: 'addresses.csv',
  service: 'services.csv',
  service_at_location: 'service_at_location.csv',
  service_area: 'service_areas.csv',
  phone: 'phones.csv',
  contact: 'contacts.csv',
  schedule: 'schedules.csv',
  language: 'languages.csv',
  taxonomy: 'taxonomies.csv',
  taxonomy_term: 'taxonomy_terms.csv',
  attribute: 'attributes.csv',
};

/** The JSON member that holds a list of each table's rows. */
const listTables: Record<string, string> = {
  organizations: 'organization',
  locations: 'location',
  addresses: 'address',
  services: 'service',
  service_at_locations: 'service_at_location',
  service_areas: 'service_area',
  phones: 'phone',
  contacts: 'contact',
  schedules: 'schedule',
  languages: 'language',
  taxonomies: 'taxonomy',
  taxonomy_terms: 'taxonomy_term',
  attributes: 'attribute',
};

const isDate = (value: Cell): boolean =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function fieldType(rows: Row[], name: string): HsdsTable['fields'][number]['type'] {
  const values = rows.map((row) => row[name]).filter((value) => value !== undefined);
  if (values.length > 0 && values.every((value) => typeof value === 'number')) return 'number';
  if (values.length > 0 && values.every((value) => typeof value === 'boolean')) return 'boolean';
  if (values.length > 0 && values.every(isDate)) return 'date';
  return 'string';
}

/** The export's records as HSDS tables (only the columns the export fills). */
export function hsdsTables(exported: HsdsExport): HsdsTable[] {
  const rows = new Map<string, Map<string, Row>>(
    Object.keys(tableFiles).map((name) => [name, new Map()]),
  );
  const visit = (table: string, record: Record<string, unknown>): void => {
    const row: Row = {};
    for (const [key, value] of Object.entries(record)) {
      const child = listTables[key];
      if (Array.isArray(value) && child) {
        for (const item of value) visit(child, item as Record<string, unknown>);
      } else if (value === null || typeof value !== 'object') {
        row[key] = value as Cell;
      }
    }
    const id = String(row.id);
    if (!rows.get(table)?.has(id)) rows.get(table)?.set(id, row);
  };
  for (const [member, table] of Object.entries(listTables)) {
    const list = (exported as unknown as Record<string, unknown>)[member];
    if (Array.isArray(list)) for (const item of list) visit(table, item);
  }
  return Object.entries(tableFiles).map(([name, path]) => {
    const tableRows = [...(rows.get(name)?.values() ?? [])];
    const names = [...new Set(['id', ...tableRows.flatMap((row) => Object.keys(row))])];
    return {
      name,
      path,
      fields: names.map((field) => ({ name: field, type: fieldType(tableRows, field) })),
      rows: tableRows,
    };
  });
}

/** One CSV field (RFC 4180): quoted when it holds a quote, comma or line break. */
function csvField(value: Cell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV text: a header row, then one line per row, CRLF line ends (RFC 4180). */
export function tableCsv(table: HsdsTable): string {
  const lines = [table.fields.map((field) => csvField(field.name)).join(',')];
  for (const row of table.rows) {
    lines.push(table.fields.map((field) => csvField(row[field.name])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The Tabular Data Package descriptor for the tables of one language's export. */
export function dataPackage(exported: HsdsExport, tables: HsdsTable[]): Record<string, unknown> {
  const { catalogue, language } = exported.polku_export;
  return {
    profile: 'tabular-data-package',
    name: `${catalogue}-hsds-${language}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-'),
    title: `${catalogue}: Open Referral HSDS 3.0 (${language})`,
    hsds_version: exported.polku_export.hsds_version,
    language,
    description: `Open Referral HSDS ${exported.polku_export.hsds_version} tables, every text in "${language}" (except those listed in the JSON export's polku_export.text_fallbacks). ${exported.polku_export.notes.join(' ')}`,
    resources: tables.map((table) => ({
      name: table.name,
      path: table.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: { primaryKey: 'id', fields: table.fields },
    })),
  };
}
