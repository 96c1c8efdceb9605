import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Message } from '@/features/messages/api/messages';

/** Where the messages of a network live in the app (the mails link there too). */
export const messagesPath = (networkId: string) => `/netzwerke/${networkId}/nachrichten`;
export const messagePath = (networkId: string, messageId: string) =>
  `${messagesPath(networkId)}/${messageId}`;
export const composePath = (networkId: string) => `${messagesPath(networkId)}/neu`;

/** "Alle Mitglieder" or "Die Angemeldeten von „…“", and who sent it. */
export function useMessageTexts() {
  const { t } = useTranslation('messages');
  return {
    audience: (message: Pick<Message, 'audience' | 'event'>) =>
      message.audience === 'MEMBERS'
        ? t('audience.MEMBERS')
        : message.event?.title
          ? t('audience.EVENT_REGISTRANTS', { event: message.event.title })
          : t('audience.EVENT_REGISTRANTS_unknown'),
    sender: (message: Pick<Message, 'sender'>) => message.sender?.displayName || t('senderUnknown'),
  };
}

/** "Nachricht an das Netzwerk", for the coordination and admins (the callers decide who sees it). */
export function ComposeLink({ networkId }: { networkId: string }) {
  const { t } = useTranslation('messages');
  return (
    <p>
      <Link to={composePath(networkId)} className="kern-btn kern-btn--secondary">
        <span className="kern-icon kern-icon--mail" aria-hidden="true" />
        <span className="kern-label">{t('section.compose')}</span>
      </Link>
    </p>
  );
}
