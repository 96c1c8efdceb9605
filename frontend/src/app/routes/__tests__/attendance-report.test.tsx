import { screen, waitFor, within } from '@testing-library/react';
import { myMembership, seedNetwork } from '@/testing/fixtures';
import { membershipsHandler } from '@/testing/handlers';
import { SEED_CSV, seedReport, sessionRecordsStore } from '@/testing/session-fixtures';
import { server } from '@/testing/server';
import { TEST_TOKEN } from '@/testing/setup';
import { renderApp } from '@/testing/test-utils';
import { todayInBerlin } from '@/lib/format';

const path = `/netzwerke/${seedNetwork.id}/anwesenheit`;

async function openReport(url = path, options: Parameters<typeof sessionRecordsStore>[0] = {}) {
  const store = sessionRecordsStore(options);
  server.use(...store.handlers, membershipsHandler([myMembership('COORDINATOR')]));
  const view = await renderApp(url);
  return { ...view, store };
}

describe('attendance report', () => {
  afterEach(() => {
    // jsdom has no object URLs; the download test lends them
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('asks for this year so far by default and shows sessions held, a chart and the table', async () => {
    const { store } = await openReport();
    const today = todayInBerlin();
    const firstOfYear = `${today.slice(0, 4)}-01-01`;
    expect(
      screen.getByRole('heading', { level: 1, name: 'Anwesenheitsbericht' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Von')).toHaveValue(firstOfYear);
    expect(screen.getByLabelText('Bis')).toHaveValue(today);

    const table = await screen.findByRole('table', { name: /^Anwesenheit je Person/ });
    expect(store.reportRequests[0]).toMatchObject({ from: firstOfYear, to: today });
    expect(document.title).toBe(`Anwesenheitsbericht – ${seedNetwork.name} – Klimanetz`);

    const figures = screen.getByText('Stattgefundene Termine').closest('div')!;
    expect(figures).toHaveTextContent('22');

    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Name',
      'Kommune',
      'Termine',
      'Anwesend',
      'Entschuldigt',
      'Abwesend',
      'Quote',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Kreis Unna', '22', '18', '3', '1', '82 %'],
      ['keine Kommune angegeben', '4', '3', '0', '1', '75 %'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Gesa Gastgeberin');

    // the chart has a text alternative per person and names its parts in a legend
    const chart = screen.getByRole('figure', { name: 'Teilnahme je Person' });
    expect(
      within(chart).getByRole('img', {
        name: 'Gesa Gastgeberin: 18 anwesend, 3 entschuldigt, 1 abwesend von 22 Terminen',
      }),
    ).toBeInTheDocument();
    expect(within(chart).getByRole('list', { name: 'Legende' })).toHaveTextContent(
      'AnwesendEntschuldigtAbwesend',
    );
  });

  it('takes the period from the address and changes it with the form', async () => {
    const { user, store } = await openReport(`${path}?von=2026-03-01&bis=2026-06-30`);
    await screen.findByRole('table', { name: 'Anwesenheit je Person, 01.03.2026 bis 30.06.2026' });
    expect(store.reportRequests[0]).toMatchObject({ from: '2026-03-01', to: '2026-06-30' });

    const from = screen.getByLabelText('Von');
    await user.clear(from);
    await user.type(from, '2026-07-01');
    await user.click(screen.getByRole('button', { name: 'Bericht anzeigen' }));
    const summary = screen.getByRole('heading', { name: 'Bitte prüfen Sie den Zeitraum' })
      .parentElement!.parentElement!;
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('Bis')).toHaveAccessibleDescription(
      'Das Datum „Bis“ darf nicht vor dem Datum „Von“ liegen.',
    );

    await user.clear(from);
    await user.type(from, '2026-02-01');
    await user.click(screen.getByRole('button', { name: 'Bericht anzeigen' }));
    await screen.findByRole('table', { name: 'Anwesenheit je Person, 01.02.2026 bis 30.06.2026' });
    expect(store.reportRequests.at(-1)).toMatchObject({ from: '2026-02-01', to: '2026-06-30' });
  });

  it('downloads the CSV through the API client with Accept text/csv and the bearer token', async () => {
    const createObjectURL = vi.fn((blob: Blob) => {
      void blob;
      return 'blob:report';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });

    const { user, store } = await openReport(`${path}?von=2026-01-01&bis=2026-11-25`);
    await screen.findByRole('table', { name: /^Anwesenheit je Person/ });
    await user.click(screen.getByRole('button', { name: 'CSV herunterladen' }));

    expect(
      await screen.findByText(
        'Die Datei anwesenheit-2026-01-01-2026-11-25.csv wurde heruntergeladen.',
      ),
    ).toBeInTheDocument();
    const csvRequest = store.reportRequests.find((r) => r.accept?.includes('text/csv'));
    expect(csvRequest).toEqual({
      accept: 'text/csv, application/problem+json',
      authorization: `Bearer ${TEST_TOKEN}`,
      from: '2026-01-01',
      to: '2026-11-25',
    });
    // the JSON report still asks for JSON
    expect(store.reportRequests[0]!.accept).toBe('application/json, application/problem+json');
    expect(clicked).toEqual([
      { href: 'blob:report', download: 'anwesenheit-2026-01-01-2026-11-25.csv' },
    ]);
    const blob = createObjectURL.mock.calls[0]![0];
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(SEED_CSV);
  });

  it('says plainly that the report is for coordinators (403)', async () => {
    await openReport(path, { forbidden: true });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Kein Zugang zum Anwesenheitsbericht' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'CSV herunterladen' })).not.toBeInTheDocument();
  });

  it('shows an empty state for a period without entries', async () => {
    await openReport(path, { report: { ...seedReport, sessionsHeld: 0, rows: [] } });
    expect(
      await screen.findByRole('heading', { name: 'Keine Einträge im Zeitraum' }),
    ).toBeInTheDocument();
  });

  it('is linked from the network page for coordinators, not for members', async () => {
    server.use(
      ...sessionRecordsStore().handlers,
      membershipsHandler([myMembership('COORDINATOR')]),
    );
    const { user } = await renderApp(`/netzwerke/${seedNetwork.id}`);
    const link = await screen.findByRole('link', { name: 'Anwesenheitsbericht' });
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anwesenheitsbericht' }),
    ).toBeInTheDocument();
  });

  it('is not linked for members', async () => {
    await renderApp(`/netzwerke/${seedNetwork.id}`);
    await screen.findByRole('heading', { level: 1, name: seedNetwork.name });
    await waitFor(() => expect(screen.getByText('Mitgliederverzeichnis')).toBeInTheDocument());
    expect(screen.queryByRole('link', { name: 'Anwesenheitsbericht' })).not.toBeInTheDocument();
  });

  it('is complete in English', async () => {
    server.use(...sessionRecordsStore().handlers);
    await renderApp(path, { language: 'en' });
    expect(
      await screen.findByRole('table', { name: /^Attendance per person/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Rate' })).toBeInTheDocument();
  });
});
