/** GraphML, GEXF and i2 ANX: streaming importers and exporters over one XML reader. */
export { graphmlImporter } from './graphml-import';
export { gexfImporter } from './gexf-import';
export { anxImporter } from './anx-import';
export { graphmlExporter } from './graphml-export';
export { gexfExporter } from './gexf-export';
export { anxExporter } from './anx-export';
