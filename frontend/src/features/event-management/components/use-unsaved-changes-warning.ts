import { useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving the page (in the app, and by closing or reloading the tab) while there are
 * unsaved changes; render a ConfirmDialog while `blocker.state === 'blocked'`. `leaving` is set
 * right before the form itself navigates away (after saving or deleting).
 */
export function useUnsavedChangesWarning(dirty: boolean, leaving: RefObject<boolean>) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
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
