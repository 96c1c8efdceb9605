import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import type { DirectoryEntry } from '@/features/members/api/get-directory';
import { useChangeRole, useEndMembership } from '@/features/members/api/manage-members';
import { ApiError } from '@/lib/api-client';

/**
 * The coordinator's controls per directory row (change role, end membership with confirmation)
 * plus the place where their outcome is announced; the outcome takes the focus, because the row
 * the user acted on may be gone afterwards.
 */
export function useMemberActions(networkId: string): {
  renderActions: (entry: DirectoryEntry) => ReactNode;
  notice: ReactNode;
  dialog: ReactNode;
} {
  const { t } = useTranslation('members');
  const changeRole = useChangeRole();
  const endMembership = useEndMembership();
  const [ending, setEnding] = useState<DirectoryEntry | null>(null);
  const { outcome, report, clear, ref: outcomeRef } = useOutcome();

  const busy = changeRole.isPending || endMembership.isPending;

  const onChangeRole = (entry: DirectoryEntry) => {
    const role = entry.role === 'COORDINATOR' ? 'MEMBER' : 'COORDINATOR';
    clear();
    changeRole.mutate(
      { networkId, participantId: entry.participantId, role, etag: entry.membershipEtag },
      {
        onSuccess: () =>
          report({
            kind: 'success',
            text: t('manage.roleChanged', { name: entry.displayName, role: t(`role.${role}`) }),
          }),
        onError: (error) => report({ kind: 'error', error }),
      },
    );
  };

  const onEnd = (entry: DirectoryEntry) => {
    setEnding(null);
    clear();
    endMembership.mutate(
      { networkId, participantId: entry.participantId },
      {
        onSuccess: () =>
          report({ kind: 'success', text: t('manage.ended', { name: entry.displayName }) }),
        onError: (error) => report({ kind: 'error', error }),
      },
    );
  };

  const roleLabel = (entry: DirectoryEntry) =>
    entry.role === 'COORDINATOR' ? t('manage.makeMember') : t('manage.makeCoordinator');

  const renderActions = (entry: DirectoryEntry) => (
    <span className="kn-stack">
      <button
        type="button"
        className="kern-btn kern-btn--secondary kern-btn--x-small"
        disabled={busy}
        aria-label={`${roleLabel(entry)} ${t('manage.forPerson', { name: entry.displayName })}`}
        onClick={() => onChangeRole(entry)}
      >
        <span className="kern-label">{roleLabel(entry)}</span>
      </button>
      <button
        type="button"
        className="kern-btn kern-btn--tertiary kern-btn--x-small"
        disabled={busy}
        aria-label={`${t('manage.end')} ${t('manage.forPerson', { name: entry.displayName })}`}
        onClick={() => setEnding(entry)}
      >
        <span className="kern-label">{t('manage.end')}</span>
      </button>
    </span>
  );

  /** A version conflict is no server failure: the user should reload and try again. */
  const explainConflict = (error: unknown) =>
    error instanceof ApiError && error.status === 412
      ? t('manage.conflict')
      : error instanceof ApiError && error.status === 428
        ? t('manage.preconditionRequired')
        : undefined;

  const notice = (
    <OutcomeNotice
      outcome={outcome}
      outcomeRef={outcomeRef}
      errorTitle={t('manage.changeErrorTitle')}
      explain={explainConflict}
    />
  );

  const dialog = ending && (
    <ConfirmDialog
      title={t('manage.endTitle', { name: ending.displayName })}
      text={t('manage.endText', { name: ending.displayName })}
      confirmLabel={t('manage.endConfirm')}
      cancelLabel={t('manage.cancel')}
      onConfirm={() => onEnd(ending)}
      onCancel={() => setEnding(null)}
    />
  );

  return { renderActions, notice, dialog };
}
