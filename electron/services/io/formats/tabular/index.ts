/**
 * Tabular formats: CSV, TSV and .xlsx tables in five shapes (entities, links, link rows,
 * adjacency matrix, edge list), and the entity/link pair exports.
 */
import { createTabularImporters } from './importers';

const importers = createTabularImporters();

export const csvImporter = importers.csv;
export const tsvImporter = importers.tsv;
export const xlsxImporter = importers.xlsx;
export { createTabularImporters } from './importers';
export { csvExporter, tsvExporter } from './csv-export';
export { xlsxExporter } from './xlsx-export';
export { suggestMapping } from './suggest';
