import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { useNetworkRole } from '@/api/roles';

/** A draft that was just deleted says so once, on the network page the user was sent back to. */
function useDeletedNotice(shown: boolean) {
  const { t } = useTranslation('event-management');
  const { state } = useLocation() as { state: unknown };
  const deleted =
    typeof state === 'object' && state !== null
      ? (state as { eventDeleted?: unknown }).eventDeleted
      : undefined;
  const { outcome, report, ref } = useOutcome();
  useEffect(() => {
    if (shown && typeof deleted === 'string') {
      report({ kind: 'success', text: t('delete.deleted', { title: deleted }) });
    }
    // once per arrival, as soon as the section is there to take the focus
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deleted, shown]);
  return { outcome, ref };
}

/** On the network page, for its coordinators and admins: the way to a new on-site event. */
export function CreateEventLink({ networkId }: { networkId: string }) {
  const { t } = useTranslation('event-management');
  const { canManage } = useNetworkRole(networkId);
  const deleted = useDeletedNotice(canManage);
  if (!canManage) return null;
  return (
    <section aria-labelledby="create-event-heading" className="kn-stack">
      <h2 id="create-event-heading" className="kern-heading-medium">
        {t('create.sectionTitle')}
      </h2>
      <OutcomeNotice outcome={deleted.outcome} outcomeRef={deleted.ref} errorTitle="" />
      <p className="kern-body">{t('create.sectionText')}</p>
      <p>
        <Link to={`/netzwerke/${networkId}/veranstaltungen/neu`} className="kern-link">
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          {t('create.link')}
        </Link>
      </p>
    </section>
  );
}
