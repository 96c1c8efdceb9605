import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useInvitations, type Invitation } from '@/features/members/api/get-invitations';
import { useWithdrawInvitation } from '@/features/members/api/manage-members';
import { formatDate, formatNumber } from '@/lib/format';

/**
 * Coordinators see the e-mail invitations nobody has taken up yet and can withdraw one (after
 * confirming). The outcome takes the focus, because the row the user acted on is gone afterwards.
 */
export function InvitationList({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation('members');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const id = useId();
  const query = useInvitations(networkId);
  const withdraw = useWithdrawInvitation();
  const [withdrawing, setWithdrawing] = useState<Invitation | null>(null);
  const { outcome, report, clear, ref: outcomeRef } = useOutcome();

  const emailOf = (invitation: Invitation) => invitation.invitedEmail ?? '';

  const onWithdraw = (invitation: Invitation) => {
    setWithdrawing(null);
    clear();
    withdraw.mutate(
      { networkId, invitationId: invitation.id },
      {
        onSuccess: () =>
          report({
            kind: 'success',
            text: t('invitations.withdrawn', { email: emailOf(invitation) }),
          }),
        onError: (error) => report({ kind: 'error', error }),
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-title`} className="kn-stack">
      <h2 id={`${id}-title`} className="kern-heading-medium">
        {t('invitations.title')}
      </h2>

      <OutcomeNotice
        outcome={outcome}
        outcomeRef={outcomeRef}
        errorTitle={t('invitations.withdrawErrorTitle')}
      />

      {query.isPending && <LoadingState label={t('invitations.loading')} />}

      {query.isError && (
        <ProblemAlert
          title={t('invitations.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}

      {query.isSuccess && query.data.items.length === 0 && (
        <p className="kern-body">{t('invitations.empty')}</p>
      )}

      {query.isSuccess && query.data.items.length > 0 && (
        <>
          <DataTable
            caption={t('invitations.caption')}
            rows={query.data.items}
            rowKey={(invitation) => invitation.id}
            columns={[
              { label: t('invitations.columns.email'), cell: emailOf },
              {
                label: t('invitations.columns.role'),
                cell: (invitation) => t(`role.${invitation.role}`),
              },
              {
                label: t('invitations.columns.since'),
                className: 'kn-tabular',
                cell: (invitation) => formatDate(invitation.since, locale),
              },
              {
                label: t('invitations.columns.actions'),
                cell: (invitation) => (
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary kern-btn--x-small"
                    disabled={withdraw.isPending}
                    aria-label={`${t('invitations.withdraw')} ${t('manage.forPerson', {
                      name: emailOf(invitation),
                    })}`}
                    onClick={() => setWithdrawing(invitation)}
                  >
                    <span className="kern-label">{t('invitations.withdraw')}</span>
                  </button>
                ),
              },
            ]}
          />
          {query.data.totalItems > query.data.items.length && (
            <p className="kern-body">
              {t('invitations.more', {
                shown: formatNumber(query.data.items.length, locale),
                total: formatNumber(query.data.totalItems, locale),
              })}
            </p>
          )}
        </>
      )}

      {withdrawing && (
        <ConfirmDialog
          title={t('invitations.withdrawTitle', { email: emailOf(withdrawing) })}
          text={t('invitations.withdrawText', { email: emailOf(withdrawing) })}
          confirmLabel={t('invitations.withdraw')}
          cancelLabel={t('manage.cancel')}
          onConfirm={() => onWithdraw(withdrawing)}
          onCancel={() => setWithdrawing(null)}
        />
      )}
    </section>
  );
}
