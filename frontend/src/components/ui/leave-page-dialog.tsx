import type { Blocker } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/** The texts of {@link LeavePageDialog}, from the feature's translation namespace. */
export type LeaveTexts = { title: string; text: string; leave: string; stay: string };

/**
 * Asks before a form with unsaved changes is left (the blocker of `useUnsavedChangesWarning`);
 * renders nothing while no navigation is blocked.
 */
export function LeavePageDialog({ blocker, texts }: { blocker: Blocker; texts: LeaveTexts }) {
  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog
      title={texts.title}
      text={texts.text}
      confirmLabel={texts.leave}
      cancelLabel={texts.stay}
      onConfirm={() => blocker.proceed()}
      onCancel={() => blocker.reset()}
    />
  );
}
