import { useTranslation } from 'react-i18next';
import { DetailNotFound, DetailPage, type DetailTexts } from '@/components/ui/detail-page';
import { MarkdownView } from '@/components/ui/markdown-view';
import { useNetworkMessage } from '@/features/messages/api/messages';
import { messagesPath, useMessageTexts } from '@/features/messages/components/message-texts';
import { formatDateTime, formatNumber } from '@/lib/format';

function useDetailTexts(): DetailTexts {
  const { t } = useTranslation('messages');
  return {
    back: t('detail.back'),
    notFoundTitle: t('detail.notFoundTitle'),
    notFoundText: t('detail.notFoundText'),
    loading: t('detail.loading'),
    errorTitle: t('detail.errorTitle'),
  };
}

/** An address whose message id cannot name a message: its 404, with the way to the archive. */
export function MessageNotFound({ networkId }: { networkId: string }) {
  return <DetailNotFound backTo={messagesPath(networkId)} texts={useDetailTexts()} />;
}

/**
 * One message of the archive (`/netzwerke/:id/nachrichten/:messageId`, where its mail links to):
 * who wrote it when, to whom, and its Markdown body through the same safe renderer as minutes.
 */
export function MessageView({
  networkId,
  messageId,
  networkName,
}: {
  networkId: string;
  messageId: string;
  networkName: string | undefined;
}) {
  const { t, i18n } = useTranslation('messages');
  const texts = useMessageTexts();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const query = useNetworkMessage(networkId, messageId);
  const detailTexts = useDetailTexts();

  return (
    <DetailPage
      backTo={messagesPath(networkId)}
      texts={detailTexts}
      query={query}
      titleOf={(message) => message.subject}
    >
      {(message) => (
        <>
          <hgroup className="kn-stack">
            {networkName && <p className="kern-preline">{networkName}</p>}
            <h1 className="kern-heading-large">{message.subject}</h1>
          </hgroup>
          <dl className="kern-description-list">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('columns.sender')}</dt>
              <dd className="kern-description-list-item__value">{texts.sender(message)}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('columns.sentAt')}</dt>
              <dd className="kern-description-list-item__value">
                <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, locale)}</time>
              </dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('columns.audience')}</dt>
              <dd className="kern-description-list-item__value">
                {texts.audience(message)} (
                {t('detail.recipients', {
                  count: message.recipientCount,
                  formatted: formatNumber(message.recipientCount, locale),
                })}
                )
              </dd>
            </div>
          </dl>
          <section aria-labelledby="message-body-heading" className="kn-stack">
            <h2 id="message-body-heading" className="kern-heading-medium">
              {t('detail.bodyTitle')}
            </h2>
            <MarkdownView markdown={message.body ?? ''} />
          </section>
        </>
      )}
    </DetailPage>
  );
}
