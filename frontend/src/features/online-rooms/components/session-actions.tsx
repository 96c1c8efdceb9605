import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/form-dialog';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomeNotice, useOutcome, type Outcome } from '@/components/ui/outcome-notice';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { roomKeys } from '@/features/online-rooms/api/get-rooms';
import { useSession, type Session } from '@/features/online-rooms/api/get-sessions';
import {
  cancelInput,
  moveInput,
  restoreInput,
  useUpdateSession,
} from '@/features/online-rooms/api/manage-sessions';
import { useSessionTime } from '@/features/online-rooms/components/room-texts';
import { isVersionConflict } from '@/lib/api-client';
import {
  berlinToIso,
  isCalendarDate,
  isoToBerlin,
  isTimeOfDay,
  minutesBetween,
} from '@/lib/berlin-time';

type Kind = 'cancel' | 'move' | 'restore';

/** The dialog of one change; reads the session first, so the change is based on its current ETag. */
function SessionChangeDialog({
  kind,
  listed,
  roomId,
  networkId,
  onClose,
  onDone,
}: {
  kind: Kind;
  listed: Session;
  roomId: string;
  networkId: string;
  onClose: () => void;
  onDone: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation('rooms');
  const time = useSessionTime();
  const id = useId();
  const queryClient = useQueryClient();
  const version = useSession(roomId, listed.date);
  const mutation = useUpdateSession();
  const start = isoToBerlin(listed.startsAt);
  const [reason, setReason] = useState(listed.cancellationReason ?? '');
  const [date, setDate] = useState(start.date);
  const [startTime, setStartTime] = useState(start.time);
  const [duration, setDuration] = useState(String(minutesBetween(listed.startsAt, listed.endsAt)));
  const [errors, setErrors] = useState<
    Partial<Record<'reason' | 'date' | 'time' | 'duration', string>>
  >({});
  const day = time.day(listed.date);

  const submit = () => {
    if (!version.data) return;
    const { session, etag } = version.data;
    let input;
    if (kind === 'cancel') {
      if (reason.trim().length > 500) {
        setErrors({ reason: t('actions.errors.reasonTooLong') });
        return;
      }
      input = cancelInput(session, reason);
    } else if (kind === 'move') {
      const minutes = Number(duration);
      const found: typeof errors = {};
      if (!isCalendarDate(date)) found.date = t('actions.errors.dateRequired');
      if (!isTimeOfDay(startTime)) found.time = t('actions.errors.timeRequired');
      // null for 02:00–02:59 on the day the clocks go forward; the doubled hour in October is
      // read as its first occurrence (summer time), as the API does
      const startsAt = found.date || found.time ? null : berlinToIso(date, startTime);
      if (!found.date && !found.time && startsAt === null) {
        found.time = t('actions.errors.timeSkipped', { date: time.day(date) });
      }
      if (!Number.isInteger(minutes) || minutes < 5 || minutes > 720) {
        found.duration = t('actions.errors.durationInvalid');
      }
      setErrors(found);
      if (Object.keys(found).length > 0 || startsAt === null) {
        document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
        return;
      }
      input = moveInput(session, startsAt, minutes);
    } else {
      input = restoreInput(session);
    }
    mutation.mutate(
      { roomId, networkId, date: listed.date, input, etag },
      {
        onSuccess: ({ session: saved }) => {
          onDone({
            kind: 'success',
            text:
              kind === 'cancel'
                ? t('actions.cancelled', { date: day })
                : kind === 'move'
                  ? t('actions.moved', { when: time.range(saved.startsAt, saved.endsAt) })
                  : t('actions.restored', { date: day }),
          });
        },
        onError: (error) => {
          if (isVersionConflict(error)) {
            void queryClient.invalidateQueries({ queryKey: roomKeys.room(roomId) });
          }
          onDone({ kind: 'error', error });
        },
      },
    );
  };

  const field = (
    name: 'date' | 'time' | 'duration',
    label: string,
    type: 'date' | 'time' | 'number',
    value: string,
    onChange: (value: string) => void,
    hint?: string,
  ) => (
    <FormField id={`${id}-${name}`} label={label} hint={hint} error={errors[name]}>
      <input
        id={`${id}-${name}`}
        className={inputClass(errors[name])}
        type={type}
        required
        value={value}
        min={type === 'number' ? 5 : undefined}
        max={type === 'number' ? 720 : undefined}
        step={type === 'number' ? 5 : undefined}
        inputMode={type === 'number' ? 'numeric' : undefined}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(`${id}-${name}`, Boolean(hint), Boolean(errors[name]))}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormField>
  );

  const title =
    kind === 'cancel'
      ? t('actions.cancelTitle', { date: day })
      : kind === 'move'
        ? t('actions.moveTitle', { date: day })
        : listed.status === 'MOVED'
          ? t('actions.restoreMoveTitle')
          : t('actions.restoreTitle');
  const text =
    kind === 'cancel'
      ? t('actions.cancelText')
      : kind === 'move'
        ? t('actions.moveText')
        : listed.status === 'MOVED' && listed.originalStartsAt
          ? t('actions.restoreMoveText', { original: time.at(listed.originalStartsAt) })
          : t('actions.restoreText', { date: day });
  const submitLabel =
    kind === 'cancel'
      ? t('actions.cancelSubmit')
      : kind === 'move'
        ? t('actions.moveSubmit')
        : t('actions.restoreConfirm');

  return (
    <FormDialog
      title={title}
      text={text}
      submitLabel={submitLabel}
      cancelLabel={t('actions.back')}
      busy={!version.isSuccess || mutation.isPending}
      onSubmit={submit}
      onCancel={onClose}
    >
      {version.isPending && <LoadingState label={t('actions.loadingSession')} />}
      {version.isError && (
        <ProblemAlert title={t('actions.loadErrorTitle')} error={version.error} />
      )}
      {kind === 'cancel' && (
        <FormField
          id={`${id}-reason`}
          label={t('actions.reason')}
          hint={t('actions.reasonHint')}
          error={errors.reason}
        >
          <textarea
            id={`${id}-reason`}
            className={inputClass(errors.reason)}
            rows={3}
            maxLength={600}
            value={reason}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={describedBy(`${id}-reason`, true, Boolean(errors.reason))}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormField>
      )}
      {kind === 'move' && (
        <>
          {field('date', t('actions.newDate'), 'date', date, setDate)}
          {field('time', t('actions.newTime'), 'time', startTime, setStartTime)}
          {field(
            'duration',
            t('actions.duration'),
            'number',
            duration,
            setDuration,
            t('actions.durationHint'),
          )}
        </>
      )}
    </FormDialog>
  );
}

/**
 * The coordinator's controls per upcoming session (cancel with a reason, move, undo) and the
 * place where their outcome is announced and focused (the button acted on may be gone afterwards).
 */
export function useSessionActions(
  roomId: string,
  networkId: string,
): {
  renderActions: (session: Session) => ReactNode;
  notice: ReactNode;
  dialog: ReactNode;
} {
  const { t } = useTranslation('rooms');
  const time = useSessionTime();
  const [open, setOpen] = useState<{ kind: Kind; session: Session } | null>(null);
  const { outcome, report, clear, ref } = useOutcome();

  const button = (kind: Kind, session: Session, label: string) => (
    <button
      type="button"
      className="kern-btn kern-btn--secondary kern-btn--x-small"
      onClick={() => {
        clear();
        setOpen({ kind, session });
      }}
    >
      <span className="kern-label">
        {label}{' '}
        <span className="kern-sr-only">
          {t('sessions.ofSession', { date: time.day(session.date) })}
        </span>
      </span>
    </button>
  );

  const renderActions = (session: Session) => (
    <p className="kn-inline">
      {session.status === 'CANCELLED' ? (
        button('restore', session, t('actions.restore'))
      ) : (
        <>
          {button('cancel', session, t('actions.cancel'))}
          {button('move', session, t('actions.move'))}
          {session.status === 'MOVED' && button('restore', session, t('actions.restoreMove'))}
        </>
      )}
    </p>
  );

  const explain = (error: unknown) =>
    isVersionConflict(error) ? t('actions.conflict') : undefined;

  const notice = (
    <OutcomeNotice
      outcome={outcome}
      outcomeRef={ref}
      errorTitle={t('actions.errorTitle')}
      explain={explain}
    />
  );

  const dialog = open && (
    <SessionChangeDialog
      key={`${open.kind}-${open.session.date}`}
      kind={open.kind}
      listed={open.session}
      roomId={roomId}
      networkId={networkId}
      onClose={() => setOpen(null)}
      onDone={(next) => {
        setOpen(null);
        report(next);
      }}
    />
  );

  return { renderActions, notice, dialog };
}
