import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving the page (in the app, and by closing or reloading the tab) while there are
 * unsaved changes; render a ConfirmDialog while `blocker.state === 'blocked'`. A router supports
 * one blocker at a time, so a page uses this hook once.
 */
export function useUnsavedChangesWarning(dirty: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return blocker;
}
