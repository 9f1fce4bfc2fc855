/** The scripted Bolt server used by the Neo4j wiring tests. */
export { startBoltServer, type BoltServer } from './server';
export { Float, Structure, pack, unpack, type PackValue } from './packstream';
export { node, relationship, path, date, dateTime, localDateTime, duration } from './structures';
export type * from './script';
