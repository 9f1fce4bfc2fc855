export type { Neo4jConfig } from './config';
export { neo4jLocation } from './config';
export { neo4jError } from './errors';
export { openNeo4jStore, testNeo4j } from './open';
export { NEO4J_SCHEMA_VERSION } from './server-schema';
