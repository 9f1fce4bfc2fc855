import type { Entity, Link } from '../../../../graph-schema/model';

const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
};

/** Who made the record and when: kept by the store, read-only here. */
export function AuditFields({ record }: { record: Entity | Link }) {
  return (
    <dl className="audit-fields">
      <dt>Created</dt>
      <dd>
        {when(record.createdAt)} by {record.createdBy}
      </dd>
      <dt>Updated</dt>
      <dd>
        {when(record.updatedAt)} by {record.updatedBy}
      </dd>
      <dt>Id</dt>
      <dd className="mono">{record.id}</dd>
    </dl>
  );
}
