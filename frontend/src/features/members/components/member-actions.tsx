import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { DirectoryEntry } from '@/features/members/api/get-directory';
import { useChangeRole, useEndMembership } from '@/features/members/api/manage-members';
import { ApiError } from '@/lib/api-client';

type Outcome = { kind: 'success'; text: string } | { kind: 'error'; error: unknown } | null;

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
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [focusKey, setFocusKey] = useState(0);
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusKey > 0) outcomeRef.current?.focus();
  }, [focusKey]);

  const report = (next: Outcome) => {
    setOutcome(next);
    setFocusKey((n) => n + 1);
  };

  const busy = changeRole.isPending || endMembership.isPending;

  const onChangeRole = (entry: DirectoryEntry) => {
    const role = entry.role === 'COORDINATOR' ? 'MEMBER' : 'COORDINATOR';
    setOutcome(null);
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
    setOutcome(null);
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

  const conflictText =
    outcome?.kind === 'error' && outcome.error instanceof ApiError
      ? outcome.error.status === 412
        ? t('manage.conflict')
        : outcome.error.status === 428
          ? t('manage.preconditionRequired')
          : undefined
      : undefined;

  const notice = (
    <div ref={outcomeRef} tabIndex={-1} role="status" aria-live="polite">
      {outcome?.kind === 'success' && (
        <div className="kern-alert kern-alert--success">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <p className="kern-title">{outcome.text}</p>
          </div>
        </div>
      )}
      {outcome?.kind === 'error' &&
        (conflictText ? (
          <div className="kern-alert kern-alert--warning">
            <div className="kern-alert__header">
              <span className="kern-icon kern-icon--warning" aria-hidden="true" />
              <p className="kern-title">{t('manage.changeErrorTitle')}</p>
            </div>
            <div className="kern-alert__body">
              <p className="kern-body">{conflictText}</p>
            </div>
          </div>
        ) : (
          <ProblemAlert title={t('manage.changeErrorTitle')} error={outcome.error} />
        ))}
    </div>
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
