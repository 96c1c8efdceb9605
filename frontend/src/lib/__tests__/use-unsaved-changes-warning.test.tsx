import { act, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { useUnsavedChangesWarning } from '@/lib/use-unsaved-changes-warning';

function Form() {
  const [dirty, setDirty] = useState(false);
  const leaving = useRef(false);
  const blocker = useUnsavedChangesWarning(dirty, leaving);
  return (
    <>
      <button type="button" onClick={() => setDirty(true)}>
        ändern
      </button>
      <button type="button" onClick={() => (leaving.current = true)}>
        gespeichert
      </button>
      <Link to="/elsewhere">weg</Link>
      <Link to="/form?tab=2">gleiche Seite</Link>
      <p>{blocker.state}</p>
      {blocker.state === 'blocked' && (
        <button type="button" onClick={() => blocker.proceed()}>
          verlassen
        </button>
      )}
    </>
  );
}

function renderForm() {
  const router = createMemoryRouter(
    [
      { path: '/form', element: <Form /> },
      { path: '/elsewhere', element: <p>anderswo</p> },
    ],
    { initialEntries: ['/form'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const click = (name: string) => act(() => screen.getByText(name).click());

function beforeUnloadPrevented(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('useUnsavedChangesWarning', () => {
  it('lets the user go while nothing has changed', async () => {
    const router = renderForm();
    expect(beforeUnloadPrevented()).toBe(false);
    await click('weg');
    expect(router.state.location.pathname).toBe('/elsewhere');
  });

  it('asks before leaving the page with changes, in the app and by closing the tab', async () => {
    const router = renderForm();
    await click('ändern');
    expect(beforeUnloadPrevented()).toBe(true);
    await click('gleiche Seite');
    expect(router.state.location.search).toBe('?tab=2');
    await click('weg');
    expect(router.state.location.pathname).toBe('/form');
    expect(screen.getByText('blocked')).toBeInTheDocument();
    await click('verlassen');
    expect(router.state.location.pathname).toBe('/elsewhere');
    expect(beforeUnloadPrevented()).toBe(false);
  });

  it('does not ask when the form itself leaves after saving', async () => {
    const router = renderForm();
    await click('ändern');
    await click('gespeichert');
    await click('weg');
    expect(router.state.location.pathname).toBe('/elsewhere');
  });
});
