import { useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving the page (in the app, and by closing or reloading the tab) while there are
 * unsaved changes; render `LeavePageDialog` with the returned blocker. A form that
 * navigates away itself (after saving or deleting) sets `leaving.current` right before, so it is
 * not asked. A router supports one blocker at a time, so a page uses this hook once.
 */
export function useUnsavedChangesWarning(dirty: boolean, leaving?: RefObject<boolean>) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving?.current && currentLocation.pathname !== nextLocation.pathname,
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
