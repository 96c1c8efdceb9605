import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { Event } from '@/api/events';
import {
  REGISTRATION_STATUSES,
  useCancelRegistration,
  useRecordAttendance,
  useRegistrations,
  type AttendanceStatus,
  type Registration,
  type RegistrationStatus,
} from '@/api/registrations';
import { RegisterPersonDialog } from '@/features/event-management/components/register-person-dialog';
import { RegistrationDownloads } from '@/features/event-management/components/registration-downloads';
import { RegistrationStatusBadge } from '@/features/event-management/components/event-status-badge';
import { ApiError, isVersionConflict } from '@/lib/api-client';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useNow } from '@/lib/use-now';

const MARKABLE: readonly RegistrationStatus[] = ['CONFIRMED', 'ATTENDED', 'NO_SHOW'];
const CANCELLABLE: readonly RegistrationStatus[] = ['CONFIRMED', 'WAITLISTED'];
const ATTENDANCE: readonly AttendanceStatus[] = ['ATTENDED', 'NO_SHOW'];

/** Only the coordination and the event's host see the registrations: said plainly. */
export function RegistrationsForbidden() {
  const { t } = useTranslation('event-management');
  return (
    <div className="kern-alert kern-alert--warning" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{t('registrations.forbiddenTitle')}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('registrations.forbiddenText')}</p>
      </div>
    </div>
  );
}

/** A table cell with nothing to say: a dash for the eye, a word for screen readers. */
function Nothing() {
  const { t } = useTranslation('event-management');
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="kern-sr-only">{t('registrations.nothing')}</span>
    </>
  );
}

type RegistrationsViewProps = {
  event: Event;
  /** Coordinators of the network and admins: register, cancel, attendance, the PDF. */
  canManage: boolean;
  status: RegistrationStatus | undefined;
  page: number;
  onStatusChange: (status: RegistrationStatus | undefined) => void;
  hrefFor: (page: number) => string;
};

/**
 * The registrations of an event: filter by status, one row per person (confirmed first, then the
 * waitlist in order), downloads, and for the coordination: register a member, cancel a
 * registration (the waitlist moves up) and, from the start of the event, mark attendance.
 */
export function RegistrationsView({
  event,
  canManage,
  status,
  page,
  onStatusChange,
  hrefFor,
}: RegistrationsViewProps) {
  const { t, i18n } = useTranslation('event-management');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const id = useId();
  const now = useNow(60_000);
  const query = useRegistrations(event.id, status, page);
  const cancel = useCancelRegistration();
  const attendance = useRecordAttendance();
  const outcome = useOutcome();
  const [registering, setRegistering] = useState(false);
  const [cancelling, setCancelling] = useState<Registration | null>(null);
  const [marked, setMarked] = useState('');
  const forbidden = query.error instanceof ApiError && query.error.status === 403;
  const cancelled = event.status === 'CANCELLED';
  const started = now.getTime() >= Date.parse(event.startsAt);
  const markAttendance = canManage && started && !cancelled;
  const actions = canManage && !cancelled;
  const agendaTitles = new Map(event.agenda.map((item) => [item.id, item.title]));

  if (forbidden) return <RegistrationsForbidden />;

  const statusLabel = (value: RegistrationStatus) => t(`registrationStatus.${value}`);

  const count =
    query.isSuccess && !query.isPlaceholderData
      ? t('registrations.count', {
          count: query.data.totalItems,
          formatted: formatNumber(query.data.totalItems, locale),
        })
      : query.isFetching && query.data
        ? t('registrations.loading')
        : '';

  const mark = (registration: Registration, next: AttendanceStatus) => {
    if (registration.status === next || attendance.isPending) return;
    outcome.clear();
    setMarked('');
    attendance.mutate(
      {
        eventId: event.id,
        registrationId: registration.id,
        status: next,
        etag: registration.etag,
      },
      {
        onSuccess: () =>
          setMarked(
            t('attendance.marked', {
              name: registration.participant.displayName,
              status: statusLabel(next),
            }),
          ),
        onError: (error) => {
          if (isVersionConflict(error)) void query.refetch();
          outcome.report({ kind: 'error', error });
        },
      },
    );
  };

  const confirmCancel = () => {
    const registration = cancelling;
    setCancelling(null);
    if (!registration) return;
    outcome.clear();
    cancel.mutate(
      { eventId: event.id, networkId: event.networkId, registrationId: registration.id },
      {
        onSuccess: () =>
          outcome.report({
            kind: 'success',
            text: t('cancel.done', { name: registration.participant.displayName }),
          }),
        onError: (error) => outcome.report({ kind: 'error', error }),
      },
    );
  };

  const registered = ({
    registration,
    existed,
  }: {
    registration: Registration;
    existed: boolean;
  }) => {
    setRegistering(false);
    const name = registration.participant.displayName;
    outcome.report({
      kind: 'success',
      text: existed
        ? t('register.already', { name, status: statusLabel(registration.status) })
        : registration.status === 'WAITLISTED'
          ? t('register.waitlisted', {
              name,
              position: formatNumber(registration.waitlistPosition ?? 0, locale),
            })
          : t('register.confirmed', { name }),
    });
  };

  const caption = status
    ? t('registrations.captionFiltered', { status: statusLabel(status) })
    : t('registrations.caption');

  return (
    <div className="kn-stack-lg">
      <RegistrationDownloads eventId={event.id} title={event.title} withSignInSheet={canManage} />

      <section className="kn-stack-lg" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} className="kern-heading-medium">
          {t('registrations.listTitle')}
        </h2>
        {canManage && !started && !cancelled && (
          <p className="kern-body">
            {t('attendance.notYet', { start: formatDateTime(event.startsAt, locale) })}
          </p>
        )}
        {actions && (
          <p>
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              onClick={() => {
                outcome.clear();
                setRegistering(true);
              }}
            >
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">{t('register.open')}</span>
            </button>
          </p>
        )}
        <OutcomeNotice
          outcome={outcome.outcome}
          outcomeRef={outcome.ref}
          errorTitle={t('registrations.actionErrorTitle')}
          explain={(error) => (isVersionConflict(error) ? t('attendance.conflict') : undefined)}
        />

        <div className="kn-filters">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-status`}>
              {t('registrations.filter')}
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                id={`${id}-status`}
                className="kern-form-input__select"
                value={status ?? ''}
                aria-describedby={`${id}-count`}
                onChange={(e) =>
                  onStatusChange(REGISTRATION_STATUSES.find((value) => value === e.target.value))
                }
              >
                <option value="">{t('registrations.all')}</option>
                {REGISTRATION_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {statusLabel(value)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p id={`${id}-count`} className="kern-body" role="status" aria-live="polite">
            {count}
          </p>
        </div>

        {query.isPending && <LoadingState label={t('registrations.loading')} />}
        {query.isError && (
          <ProblemAlert
            title={t('registrations.errorTitle')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {query.isSuccess && query.data.items.length === 0 && (
          <EmptyState
            title={status ? t('registrations.emptyFilteredTitle') : t('registrations.emptyTitle')}
            text={status ? t('registrations.emptyFilteredText') : t('registrations.emptyText')}
            headingLevel={3}
          />
        )}
        {query.isSuccess && query.data.items.length > 0 && (
          <div className="kn-stack" aria-busy={query.isPlaceholderData}>
            <DataTable
              caption={caption}
              rows={query.data.items}
              rowKey={(registration) => registration.id}
              columns={[
                {
                  label: t('columns.name'),
                  cell: (registration) => registration.participant.displayName,
                },
                {
                  label: t('columns.municipality'),
                  cell: (registration) => registration.municipality?.name ?? <Nothing />,
                },
                {
                  label: t('columns.status'),
                  cell: (registration) => <RegistrationStatusBadge status={registration.status} />,
                },
                {
                  label: t('columns.waitlist'),
                  numeric: true,
                  className: 'kn-tabular',
                  cell: (registration) =>
                    registration.waitlistPosition !== undefined ? (
                      formatNumber(registration.waitlistPosition, locale)
                    ) : (
                      <Nothing />
                    ),
                },
                {
                  label: t('columns.registeredAt'),
                  cell: (registration) => (
                    <time dateTime={registration.createdAt}>
                      {formatDateTime(registration.createdAt, locale)}
                    </time>
                  ),
                },
                {
                  label: t('columns.note'),
                  cell: (registration) => registration.note || <Nothing />,
                },
                {
                  label: t('columns.accessibility'),
                  cell: (registration) => registration.accessibilityNeeds || <Nothing />,
                },
                {
                  label: t('columns.dietary'),
                  cell: (registration) => registration.dietaryNeeds || <Nothing />,
                },
                {
                  label: t('columns.items'),
                  cell: (registration) =>
                    registration.agendaSignUps.length === 0 ? (
                      <Nothing />
                    ) : (
                      <ul className="kern-list">
                        {registration.agendaSignUps.map((signUp) => (
                          <li key={signUp.agendaItemId}>
                            {agendaTitles.get(signUp.agendaItemId) ??
                              t('registrations.unknownItem')}
                            {signUp.status === 'WAITLISTED' &&
                              ` (${t('registrations.itemWaitlist', {
                                position: formatNumber(signUp.waitlistPosition ?? 0, locale),
                              })})`}
                          </li>
                        ))}
                      </ul>
                    ),
                },
                markAttendance && {
                  label: t('columns.attendance'),
                  cell: (registration) =>
                    MARKABLE.includes(registration.status) ? (
                      <div
                        role="group"
                        aria-label={t('attendance.group', {
                          name: registration.participant.displayName,
                        })}
                        className="kn-inline"
                      >
                        {ATTENDANCE.map((value) => (
                          <button
                            key={value}
                            type="button"
                            className={`kern-btn kern-btn--x-small ${
                              registration.status === value
                                ? 'kern-btn--primary'
                                : 'kern-btn--secondary'
                            }`}
                            aria-pressed={registration.status === value}
                            onClick={() => mark(registration, value)}
                          >
                            {registration.status === value && (
                              <span className="kern-icon kern-icon--check" aria-hidden="true" />
                            )}
                            <span className="kern-label">{statusLabel(value)}</span>
                          </button>
                        ))}
                      </div>
                    ) : (
                      <Nothing />
                    ),
                },
                actions && {
                  label: t('columns.actions'),
                  cell: (registration) =>
                    CANCELLABLE.includes(registration.status) ? (
                      <button
                        type="button"
                        className="kern-btn kern-btn--tertiary kern-btn--x-small"
                        onClick={() => setCancelling(registration)}
                      >
                        <span className="kern-icon kern-icon--close" aria-hidden="true" />
                        <span className="kern-label">
                          {t('cancel.button')}{' '}
                          <span className="kern-sr-only">
                            – {registration.participant.displayName}
                          </span>
                        </span>
                      </button>
                    ) : (
                      <Nothing />
                    ),
                },
              ]}
            />
            <p className="kern-body kern-body--small" role="status" aria-live="polite">
              {marked}
            </p>
            <Pagination page={page} totalPages={query.data.totalPages} hrefFor={hrefFor} />
          </div>
        )}
      </section>

      {registering && (
        <RegisterPersonDialog
          event={event}
          onDone={registered}
          onCancel={() => setRegistering(false)}
        />
      )}
      {cancelling && (
        <ConfirmDialog
          title={t('cancel.title', { name: cancelling.participant.displayName })}
          text={
            cancelling.status === 'WAITLISTED'
              ? t('cancel.textWaitlisted', { name: cancelling.participant.displayName })
              : t('cancel.textConfirmed', { name: cancelling.participant.displayName })
          }
          confirmLabel={t('cancel.confirm')}
          cancelLabel={t('cancel.keep')}
          onConfirm={confirmCancel}
          onCancel={() => setCancelling(null)}
        />
      )}
    </div>
  );
}
