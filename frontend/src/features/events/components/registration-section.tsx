import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isVersionConflict } from '@/lib/api-client';
import { useEvent, type Event } from '@/api/events';
import {
  isWaiting,
  useCancelRegistration,
  useMyRegistration,
  useRegister,
  useUpdateRegistration,
  type Registration,
} from '@/api/registrations';
import {
  closedReason,
  myStateSentence,
  registerLabel,
  signUpSentences,
  useEventTime,
} from '@/features/events/components/event-texts';
import {
  EMPTY_VALUES,
  inputOf,
  RegistrationForm,
  valuesOf,
  type RegistrationValues,
} from '@/features/events/components/registration-form';

/** What changed for the better between two readings of the own registration (the waitlist moved). */
function newsBetween(
  t: TFunction<'events'>,
  before: Registration | null | undefined,
  after: Registration | null | undefined,
  event: Event,
): string[] {
  if (!before || !after || before.id !== after.id) return [];
  const news: string[] = [];
  if (before.status === 'WAITLISTED' && after.status === 'CONFIRMED') {
    news.push(t('mine.promoted'));
  } else if (
    before.status === 'WAITLISTED' &&
    after.status === 'WAITLISTED' &&
    before.waitlistPosition !== undefined &&
    after.waitlistPosition !== undefined &&
    after.waitlistPosition < before.waitlistPosition
  ) {
    news.push(t('mine.movedUp', { position: after.waitlistPosition }));
  }
  for (const signUp of after.agendaSignUps) {
    const earlier = before.agendaSignUps.find((s) => s.agendaItemId === signUp.agendaItemId);
    if (earlier?.status === 'WAITLISTED' && signUp.status === 'CONFIRMED') {
      const title = event.agenda.find((item) => item.id === signUp.agendaItemId)?.title ?? '';
      news.push(t('mine.itemPromoted', { title }));
    }
  }
  return news;
}

/** The own registration, prominent: its state in one sentence, each agenda sign-up, the details given. */
function RegistrationState({
  registration,
  event,
  flash,
}: {
  registration: Registration;
  event: Event;
  flash: string;
}) {
  const { t } = useTranslation('events');
  const waiting = registration.status === 'WAITLISTED';
  const confirmed = registration.status === 'CONFIRMED' || registration.status === 'ATTENDED';
  const tone = confirmed ? 'success' : waiting ? 'info' : 'warning';
  const items = signUpSentences(t, registration, event.agenda);
  const details = (['note', 'accessibilityNeeds', 'dietaryNeeds'] as const).filter(
    (field) => registration[field],
  );

  return (
    <div className="kn-stack">
      <div className={`kern-alert kern-alert--${tone}`}>
        <div className="kern-alert__header">
          <span className={`kern-icon kern-icon--${tone}`} aria-hidden="true" />
          <h3 className="kern-title">{myStateSentence(t, registration)}</h3>
        </div>
        {(flash || items.length > 0 || isWaiting(registration)) && (
          <div className="kern-alert__body kn-stack">
            {flash && <p className="kern-body kern-body--bold">{flash}</p>}
            {items.length > 0 && (
              <ul className="kern-list">
                {items.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            )}
            {isWaiting(registration) && <p className="kern-body">{t('mine.waitingHint')}</p>}
          </div>
        )}
      </div>
      {details.length > 0 && (
        <dl className="kern-description-list">
          {details.map((field) => (
            <div key={field} className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t(`form.${field}`)}</dt>
              <dd className="kern-description-list-item__value kn-prose">{registration[field]}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/**
 * The member's own part of an event: register (the button says what will happen), the resulting
 * state, announced and focused, changes of the details, withdrawal with a confirmation, and
 * while waiting a look every 30 s whether a seat came free.
 */
export function RegistrationSection({ event, now }: { event: Event; now: number }) {
  const { t } = useTranslation('events');
  const time = useEventTime();
  const mine = useMyRegistration(event.id, true);
  const registration = mine.data ?? null;
  // the page's event is read again as well while waiting (seats, waitlist)
  useEvent(event.id, isWaiting(registration));
  const registerMutation = useRegister();
  const updateMutation = useUpdateRegistration();
  const cancelMutation = useCancelRegistration();
  const failure = useOutcome();

  const [flash, setFlash] = useState('');
  const [focusKey, setFocusKey] = useState(0);
  const panelRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const [editFocus, setEditFocus] = useState(0);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [reloaded, setReloaded] = useState(false);
  /** The version the change form was opened on; a change made meanwhile elsewhere is a 412. */
  const [editEtag, setEditEtag] = useState('');

  // Compare each reading with the one before: moving up the waitlist is told in words.
  const [seen, setSeen] = useState(mine.data);
  if (mine.data !== seen) {
    setSeen(mine.data);
    const news = newsBetween(t, seen, mine.data, event);
    if (news.length > 0) setFlash(news.join(' '));
  }

  useEffect(() => {
    if (focusKey > 0) panelRef.current?.focus();
  }, [focusKey]);
  useEffect(() => {
    if (editFocus > 0) editRef.current?.focus();
  }, [editFocus]);

  const showResult = (text: string) => {
    setFlash(text);
    setFocusKey((n) => n + 1);
  };

  const started = now >= Date.parse(event.startsAt);
  const active = registration?.status === 'CONFIRMED' || registration?.status === 'WAITLISTED';
  const mayChange = active && event.status !== 'CANCELLED' && !started;
  const busy = registerMutation.isPending || updateMutation.isPending || cancelMutation.isPending;

  const submitRegistration = (values: RegistrationValues) => {
    failure.clear();
    setFlash('');
    registerMutation.mutate(
      { eventId: event.id, networkId: event.networkId, input: inputOf(values, event.agenda) },
      {
        onSuccess: ({ existed }) => showResult(existed ? t('mine.existed') : ''),
        onError: (error) => failure.report({ kind: 'error', error }),
      },
    );
  };

  const submitChange = (values: RegistrationValues) => {
    if (!registration) return;
    failure.clear();
    setFlash('');
    setConflict(false);
    setReloaded(false);
    updateMutation.mutate(
      {
        eventId: event.id,
        networkId: event.networkId,
        registrationId: registration.id,
        etag: editEtag || registration.etag,
        input: inputOf(values, event.agenda),
      },
      {
        onSuccess: () => {
          setEditing(false);
          showResult(t('mine.saved'));
        },
        onError: (error) => {
          if (isVersionConflict(error)) setConflict(true);
          else failure.report({ kind: 'error', error });
        },
      },
    );
  };

  const reload = async () => {
    const fresh = await mine.refetch();
    if (fresh.data) setEditEtag(fresh.data.etag);
    setConflict(false);
    setReloaded(true);
    setFormKey((n) => n + 1);
  };

  const withdraw = () => {
    if (!registration) return;
    setConfirming(false);
    failure.clear();
    setFlash('');
    cancelMutation.mutate(
      { eventId: event.id, networkId: event.networkId, registrationId: registration.id },
      {
        onSuccess: () => showResult(t('mine.withdrawn')),
        onError: (error) => failure.report({ kind: 'error', error }),
      },
    );
  };

  const reason = closedReason(t, event, now, time.at);

  return (
    <section aria-labelledby="registration-heading" className="kn-stack-lg">
      <h2 id="registration-heading" className="kern-heading-medium">
        {t('mine.title')}
      </h2>
      <div ref={panelRef} tabIndex={-1} role="status" aria-live="polite" className="kn-stack">
        {registration ? (
          <RegistrationState registration={registration} event={event} flash={flash} />
        ) : (
          flash && (
            <div className="kern-alert kern-alert--success">
              <div className="kern-alert__header">
                <span className="kern-icon kern-icon--success" aria-hidden="true" />
                <p className="kern-title">{flash}</p>
              </div>
            </div>
          )
        )}
      </div>
      <OutcomeNotice
        outcome={failure.outcome}
        outcomeRef={failure.ref}
        errorTitle={t('mine.errorTitle')}
      />

      {mine.isPending && <LoadingState label={t('mine.loading')} />}
      {mine.isError && (
        <ProblemAlert
          title={t('mine.loadErrorTitle')}
          error={mine.error}
          onRetry={() => void mine.refetch()}
        />
      )}

      {mine.isSuccess && !registration && (
        <>
          {reason ? (
            <p className="kern-body">{reason}</p>
          ) : (
            <div className="kn-stack">
              <p className="kern-body">{t('register.intro')}</p>
              <RegistrationForm
                key={`register-${formKey}`}
                idPrefix="register"
                event={event}
                initial={EMPTY_VALUES}
                submitLabel={registerLabel(t, event)}
                busy={busy}
                onSubmit={submitRegistration}
              />
            </div>
          )}
        </>
      )}

      {mine.isSuccess && registration && mayChange && (
        <>
          {editing ? (
            <section aria-labelledby="change-heading" className="kn-stack">
              <h3 id="change-heading" className="kern-heading-small">
                {t('change.title')}
              </h3>
              <RegistrationForm
                key={`change-${registration.id}-${formKey}`}
                idPrefix="change"
                event={event}
                registration={registration}
                initial={valuesOf(registration)}
                submitLabel={t('change.save')}
                cancelLabel={t('change.cancel')}
                busy={busy}
                onSubmit={submitChange}
                onCancel={() => {
                  setEditing(false);
                  setConflict(false);
                  setReloaded(false);
                  setEditFocus((n) => n + 1);
                }}
                before={
                  <>
                    {conflict && (
                      <ConflictAlert
                        title={t('change.conflictTitle')}
                        text={t('change.conflictText')}
                        reloadLabel={t('change.reload')}
                        onReload={reload}
                        headingLevel={4}
                      />
                    )}
                    <div role="status" aria-live="polite">
                      {reloaded && <p className="kern-body">{t('change.reloaded')}</p>}
                    </div>
                  </>
                }
              />
            </section>
          ) : (
            <div className="kn-inline">
              <button
                ref={editRef}
                type="button"
                className="kern-btn kern-btn--secondary"
                disabled={busy}
                onClick={() => {
                  failure.clear();
                  setFlash('');
                  setEditEtag(registration.etag);
                  setEditing(true);
                }}
              >
                <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                <span className="kern-label">{t('change.open')}</span>
              </button>
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                disabled={busy}
                onClick={() => setConfirming(true)}
              >
                <span className="kern-icon kern-icon--close" aria-hidden="true" />
                <span className="kern-label">{t('withdraw.open')}</span>
              </button>
            </div>
          )}
        </>
      )}

      {confirming && registration && (
        <ConfirmDialog
          title={t('withdraw.title')}
          text={
            registration.status === 'WAITLISTED'
              ? t('withdraw.textWaitlisted')
              : t('withdraw.textConfirmed')
          }
          confirmLabel={t('withdraw.confirm')}
          cancelLabel={t('withdraw.keep')}
          onConfirm={withdraw}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
