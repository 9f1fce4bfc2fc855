export { takeOffline, MAX_OFFLINE_ENTITIES, type TakeOfflineOptions } from './take-offline';
export { publishCase, type PublishOptions } from './publish';
export { ORIGIN_KEY, Origin, readOrigin } from './origin';
