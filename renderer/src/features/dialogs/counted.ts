import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** "3 entities" / 「エンティティ 3 件」: the plural and the number both by the language. */
export function counted(what: 'entities' | 'links', count: number): string {
  return i18n.t(`dialogs:count.${what}`, { count, formatted: formatNumber(count) });
}

/** "2 entities and 1 link", "1 link": what a dialog reports having added, copied or deleted. */
export function countedItems(entities: number, links: number, always = false): string {
  const e = counted('entities', entities);
  const l = counted('links', links);
  if (always || (entities > 0 && links > 0)) return i18n.t('dialogs:count.both', { entities: e, links: l });
  return entities > 0 ? e : l;
}
