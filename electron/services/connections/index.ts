export * from './connection-service';
export { CONNECTIONS_FILE } from './connection-file';
export { readJsonFile, writeJsonFileAtomic } from './json-file';
export { createMemorySecretStore, type SecretStore } from './secret-store';
