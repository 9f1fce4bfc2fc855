import { ftmExporter } from './ftm/exporter';
import { createFtmImporter } from './ftm/importer';
import { stixExporter } from './stix/exporter';
import { createStixImporter } from './stix/importer';

/**
 * FollowTheMoney entity files and STIX 2.1 bundles. The mapping tables are documented in
 * ftm/schema-table.ts, ftm/export-table.ts, stix/object-table.ts, stix/relationships.ts and
 * stix/confidence.ts; MAPPING.md summarises them.
 */
export const ftmImporter = createFtmImporter();
export const stixImporter = createStixImporter();
export { ftmExporter, stixExporter, createFtmImporter, createStixImporter };
