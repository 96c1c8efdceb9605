import type { ReactNode } from 'react';

export type DataTableColumn<T> = {
  /**
   * The column header; on narrow screens also the label in front of each value, so it is plain
   * text.
   */
  label: string;
  /** Right-aligned figures (tabular digits). */
  numeric?: boolean;
  /** The cell of one row. */
  cell: (row: T) => ReactNode;
  /** Extra classes of the column's cells, e.g. `kn-tabular`. */
  className?: string;
};

/**
 * The one data table of the app. On wide screens a KERN table with a caption (tables need one to
 * be understood out of context), column headers and the first column as row headers. Below 40rem
 * (a phone) each row becomes a card: its row header on top, then every other value under its
 * column's label, in the order of the columns, so nothing is squeezed letter by letter and
 * nothing scrolls sideways.
 *
 * The cards are the same table restyled, not a second copy: what a screen reader hears, the tab
 * order and form state inside rows stay the same at every width. Browsers drop table semantics
 * from elements whose CSS display changes, so the table, row, header and cell roles are given
 * explicitly; the labels in front of the values are CSS generated text with an empty
 * alternative, because the column headers already name each cell for assistive technology.
 *
 * Tables of one or two columns (a name and a number) fit a phone as they are and stay tables.
 * A falsy column is left out (e.g. actions only coordinators see).
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: ReactNode;
  columns: (DataTableColumn<T> | false | undefined)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
}) {
  const shown = columns.filter((column): column is DataTableColumn<T> => Boolean(column));
  const [first, ...rest] = shown;
  const classes = (column: DataTableColumn<T>, base: string, cell = false) =>
    [base, column.numeric && `${base}--numeric`, cell && column.className]
      .filter(Boolean)
      .join(' ');
  return (
    <div className={`kern-table-responsive${shown.length > 2 ? ' kn-data-table' : ''}`}>
      {/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role --
          explicit roles keep the table semantics where the narrow layout changes the display of
          its elements (see above); a td is a cell here, never a grid cell */}
      <table role="table" className="kern-table kern-table--striped">
        <caption className="kern-title kern-title--small">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row" className="kern-table__row">
            {shown.map((column, index) => (
              <th
                key={index}
                role="columnheader"
                scope="col"
                className={classes(column, 'kern-table__header')}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="kern-table__body">
          {first &&
            rows.map((row) => (
              <tr key={rowKey(row)} role="row" className="kern-table__row">
                <th
                  role="rowheader"
                  scope="row"
                  className={classes(first, 'kern-table__cell', true)}
                >
                  {first.cell(row)}
                </th>
                {rest.map((column, index) => (
                  <td
                    key={index}
                    role="cell"
                    data-label={column.label}
                    className={classes(column, 'kern-table__cell', true)}
                  >
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
      {/* eslint-enable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */}
    </div>
  );
}
