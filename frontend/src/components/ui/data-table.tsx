import type { ReactNode } from 'react';

export type DataTableColumn = { label: ReactNode; numeric?: boolean };

/**
 * A KERN table with a caption (tables need one to be understood out of context), column
 * headers and a responsive wrapper; `children` are the body rows, each with a row header.
 * A falsy column is left out (e.g. actions only coordinators see).
 */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: ReactNode;
  columns: (DataTableColumn | false | undefined)[];
  children: ReactNode;
}) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-title kern-title--small">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            {columns.filter(Boolean).map((column, index) => {
              const { label, numeric } = column as DataTableColumn;
              return (
                <th
                  key={index}
                  scope="col"
                  className={`kern-table__header${numeric ? ' kern-table__header--numeric' : ''}`}
                >
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="kern-table__body">{children}</tbody>
      </table>
    </div>
  );
}
