import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import {
  UNSUBSCRIBE_TOKEN_MAX_LENGTH,
  useUnsubscribe,
  useUnsubscribeLink,
} from '@/features/notifications/api/unsubscribe';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Where people choose all their mails; it needs a login, so it is a full page load, not a route of this page. */
export const SETTINGS_PATH = '/profil/benachrichtigungen';

/** The API does not know the token (forged, cut off, or of someone who erased their data). */
function isInvalidLink(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

function SettingsLink() {
  const { t } = useTranslation('notifications');
  return (
    <p className="kern-body">
      {t('unsubscribe.settingsText')}{' '}
      <Link to={SETTINGS_PATH} reloadDocument className="kern-link">
        {t('unsubscribe.settingsLink')}
      </Link>
    </p>
  );
}

/** After the click: a success notice that takes the focus, so it is read out at once. */
function Done({ category }: { category: string }) {
  const { t } = useTranslation('notifications');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="kern-alert kern-alert--success" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <h2 className="kern-title">{t('unsubscribe.doneTitle', { category })}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('unsubscribe.doneText')}</p>
      </div>
    </div>
  );
}

function Invalid() {
  const { t } = useTranslation('notifications');
  useDocumentTitle(t('unsubscribe.invalidTitle'));
  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{t('unsubscribe.invalidTitle')}</h1>
      <p className="kern-body kn-prose">{t('unsubscribe.invalidText')}</p>
      <SettingsLink />
    </div>
  );
}

function UnsubscribeLink({ token }: { token: string }) {
  const { t } = useTranslation('notifications');
  useDocumentTitle(t('unsubscribe.title'));
  const link = useUnsubscribeLink(token);
  const mutation = useUnsubscribe(token);

  if (isInvalidLink(link.error) || isInvalidLink(mutation.error)) return <Invalid />;

  const category = link.data && t(`categories.${link.data.category}.label`);

  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{t('unsubscribe.title')}</h1>
      {link.isPending && <LoadingState label={t('unsubscribe.checking')} />}
      {link.isError && (
        <ProblemAlert
          title={t('unsubscribe.loadErrorTitle')}
          error={link.error}
          onRetry={() => void link.refetch()}
        />
      )}
      {link.isSuccess && category && (
        <>
          {mutation.isSuccess ? (
            <Done category={category} />
          ) : link.data.enabled ? (
            <div className="kn-stack">
              <h2 className="kern-heading-medium">{t('unsubscribe.what', { category })}</h2>
              <p className="kern-body kn-prose">{t(`categories.${link.data.category}.hint`)}</p>
              {mutation.isError && (
                <ProblemAlert title={t('unsubscribe.errorTitle')} error={mutation.error} />
              )}
              <p>
                <button
                  type="button"
                  className="kern-btn kern-btn--primary"
                  disabled={mutation.isPending}
                  onClick={() => mutation.mutate()}
                >
                  <span className="kern-label">
                    {mutation.isPending ? t('unsubscribe.confirming') : t('unsubscribe.confirm')}
                  </span>
                </button>
              </p>
            </div>
          ) : (
            <div className="kn-stack">
              <h2 className="kern-heading-medium">{t('unsubscribe.alreadyTitle', { category })}</h2>
              <p className="kern-body">{t('unsubscribe.alreadyText')}</p>
            </div>
          )}
          <SettingsLink />
        </>
      )}
    </div>
  );
}

/**
 * The page a mail's unsubscribe link opens, in any browser and without a login: what the link
 * turns off, a button that does it, and the way to all settings. A token that cannot be one of
 * the API's is not even sent.
 */
export function UnsubscribeView({ token }: { token: string }) {
  return token === '' || token.length > UNSUBSCRIBE_TOKEN_MAX_LENGTH ? (
    <Invalid />
  ) : (
    <UnsubscribeLink token={token} />
  );
}
