import { Model, defaultModel, type Schema } from '@alephdata/followthemoney';

/** The FollowTheMoney model bundled with @alephdata/followthemoney: schemata, properties, edges. */
export const ftmModel = new Model(defaultModel);

/** A schema by name, or undefined for a name this model does not know (a newer FtM). */
export function ftmSchema(name: string): Schema | undefined {
  return ftmModel.schemata[name];
}

/** The schema and its ancestors, nearest first (breadth-first over `extends`). */
export function lineage(schema: Schema): Schema[] {
  const seen = new Set<string>();
  const order: Schema[] = [];
  const queue: Schema[] = [schema];
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next || seen.has(next.name)) continue;
    seen.add(next.name);
    order.push(next);
    queue.push(...next.getExtends());
  }
  return order;
}
