import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConflictAlert } from '@/components/ui/conflict-alert';

const texts = {
  title: 'Das Protokoll wurde inzwischen geändert',
  text: 'Ihre Änderungen wurden deshalb nicht gespeichert.',
  reloadLabel: 'Aktuelle Fassung laden',
};

/** A form that shows the alert after a failed save, like the editors do. */
function Editor({ onReload }: { onReload: () => void }) {
  const [conflict, setConflict] = useState(false);
  return (
    <>
      {conflict && <ConflictAlert {...texts} onReload={onReload} headingLevel={3} />}
      <button type="button" onClick={() => setConflict(true)}>
        Speichern
      </button>
    </>
  );
}

describe('ConflictAlert', () => {
  it('is an alert with a title, the text and a reload button (level 2 by default)', () => {
    render(<ConflictAlert {...texts} onReload={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2, name: texts.title })).toBeVisible();
    expect(alert).toHaveTextContent(texts.text);
    expect(within(alert).getByRole('button', { name: texts.reloadLabel })).toBeVisible();
  });

  it('takes the focus when it appears and reloads on request', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn(() => Promise.resolve());
    render(<Editor onReload={onReload} />);

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(within(alert).getByRole('heading', { level: 3 })).toHaveTextContent(texts.title);

    await user.click(within(alert).getByRole('button', { name: texts.reloadLabel }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
