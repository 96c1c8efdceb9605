import { render, screen, within } from '@testing-library/react';
import { DataTable } from '@/components/ui/data-table';

type Person = { id: string; name: string; city: string; seats: number };

const people: Person[] = [
  { id: 'a', name: 'Gesa Gastgeberin', city: 'Unna', seats: 2 },
  { id: 'b', name: 'Mara Mitglied', city: 'Schwerte', seats: 1 },
];

function renderTable(withSeats: boolean) {
  return render(
    <DataTable
      caption="Mitglieder"
      rows={people}
      rowKey={(person) => person.id}
      columns={[
        { label: 'Name', cell: (person) => person.name },
        { label: 'Kommune', cell: (person) => person.city },
        withSeats && { label: 'Plätze', numeric: true, cell: (person) => person.seats },
      ]}
    />,
  );
}

describe('DataTable', () => {
  it('is a real table: caption, column headers, the first column as row headers', () => {
    renderTable(true);
    const table = screen.getByRole('table', { name: 'Mitglieder' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Kommune', 'Plätze']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Gesa Gastgeberin',
      'Mara Mitglied',
    ]);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['Unna', '2']);
  });

  it('labels every value with its column, in column order, for the cards on a phone', () => {
    const { container } = renderTable(true);
    expect(container.querySelector('.kn-data-table')).not.toBeNull();
    const firstRow = screen.getAllByRole('row')[1]!;
    expect(
      within(firstRow)
        .getAllByRole('cell')
        .map((td) => td.dataset.label),
    ).toEqual(['Kommune', 'Plätze']);
    expect(within(firstRow).getByRole('cell', { name: '2' })).toHaveClass(
      'kern-table__cell--numeric',
    );
  });

  it('leaves out falsy columns; a name-and-value table stays a table on a phone', () => {
    const { container } = renderTable(false);
    expect(screen.getAllByRole('columnheader')).toHaveLength(2);
    expect(container.querySelector('.kn-data-table')).toBeNull();
  });
});
