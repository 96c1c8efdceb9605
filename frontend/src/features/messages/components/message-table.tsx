import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import type { Message } from '@/features/messages/api/messages';
import { messagePath, useMessageTexts } from '@/features/messages/components/message-texts';
import { formatDateTime, formatNumber } from '@/lib/format';

/** The archive as a table (cards on a phone): subject, when, from whom, to whom, how many mails. */
export function MessageTable({
  networkId,
  messages,
  caption,
}: {
  networkId: string;
  messages: readonly Message[];
  caption: string;
}) {
  const { t, i18n } = useTranslation('messages');
  const texts = useMessageTexts();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (
    <DataTable
      caption={caption}
      rows={messages}
      rowKey={(message) => message.id}
      columns={[
        {
          label: t('columns.subject'),
          cell: (message) => (
            <Link to={messagePath(networkId, message.id)} className="kern-link">
              {message.subject}
            </Link>
          ),
        },
        {
          label: t('columns.sentAt'),
          className: 'kn-tabular',
          cell: (message) => (
            <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, locale)}</time>
          ),
        },
        { label: t('columns.sender'), cell: (message) => texts.sender(message) },
        { label: t('columns.audience'), cell: (message) => texts.audience(message) },
        {
          label: t('columns.recipients'),
          numeric: true,
          className: 'kn-tabular',
          cell: (message) => formatNumber(message.recipientCount, locale),
        },
      ]}
    />
  );
}
