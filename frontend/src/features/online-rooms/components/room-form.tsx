import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { FormStatus } from '@/components/ui/form-status';
import type { VersionedRoom } from '@/features/online-rooms/api/get-rooms';
import { useCreateRoom, useUpdateRoom } from '@/features/online-rooms/api/manage-rooms';
import {
  RoomAboutSection,
  ScheduleSection,
} from '@/features/online-rooms/components/room-form-sections';
import {
  fieldId,
  fieldOfViolation,
  recurrenceOf,
  ROOM_FIELDS,
  scheduleChanged,
  toInput,
  toValues,
  validate,
  type RoomErrorKey,
  type RoomField,
  type RoomValues,
} from '@/features/online-rooms/components/room-form-values';
import { describeSchedule } from '@/features/online-rooms/utils/describe-schedule';
import { nextFittingDate } from '@/features/online-rooms/utils/rrule';
import { formatLongDate, todayInBerlin } from '@/lib/format';
import { useKernForm } from '@/lib/use-kern-form';

type RoomFormProps = {
  networkId: string;
  /** The room to edit with its ETag; a new room without. */
  current?: VersionedRoom;
  /** Reads the room again (after a 412); resolves to the fresh version. */
  onReload?: () => Promise<VersionedRoom | undefined>;
};

/**
 * Create or edit an online room. The schedule is asked for in words (first date, times, weekly
 * or monthly, end); the form builds the RRULE. Editing a schedule starts a new period on the
 * "gilt ab" date, earlier sessions stay as they were.
 */
export function RoomForm({ networkId, current, onReload }: RoomFormProps) {
  const { t, i18n } = useTranslation('rooms');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const editing = current !== undefined;
  const today = todayInBerlin();
  const [start] = useState(() => toValues(current?.room, today));
  const [representable, setRepresentable] = useState(start.representable);
  const [version, setVersion] = useState(current);
  const [baseline, setBaseline] = useState(start.values);
  const create = useCreateRoom();
  const update = useUpdateRoom();
  const navigate = useNavigate();
  const pending = create.isPending || update.isPending;

  /** When editing, the schedule is checked (and sent) only once it was changed. */
  const checksSchedule = (values: RoomValues) => !editing || scheduleChanged(values, baseline);
  const suggestionFor = (values: RoomValues) =>
    checksSchedule(values) && values.startDate
      ? nextFittingDate(recurrenceOf(values), values.startDate)
      : undefined;

  const engine = useKernForm<RoomValues, RoomField>({
    initial: start.values,
    validate: (values) => {
      const invalid = validate(values, {
        checkSchedule: checksSchedule(values),
        notBefore: editing ? today : undefined,
      });
      const suggestion = suggestionFor(values);
      return Object.fromEntries(
        Object.entries(invalid).map(([field, key]) => [
          field,
          key === 'form.errors.startDateNotFitting' && suggestion
            ? t('form.errors.startDateNotFittingSuggest', {
                date: formatLongDate(`${suggestion}T12:00:00Z`, locale),
              })
            : t(key as RoomErrorKey),
        ]),
      );
    },
    fieldOf: fieldOfViolation,
    order: () => ROOM_FIELDS,
    controlOf: (field) => (field === 'repeat' ? `${fieldId('repeat')}-first` : fieldId(field)),
  });
  const { values } = engine;

  const onSubmit = engine.submit((sent) => {
    const input = toInput(
      sent,
      editing && !scheduleChanged(sent, baseline) ? version?.room.schedule : undefined,
    );
    const onSuccess = (saved: VersionedRoom) => {
      engine.leaving.current = true;
      void navigate(`/online-raeume/${saved.room.id}`, {
        state: { roomNotice: editing ? 'saved' : 'created' },
      });
    };
    const onError = (error: unknown) => engine.fail(error, sent);
    if (editing && version) {
      update.mutate({ roomId: version.room.id, input, etag: version.etag }, { onSuccess, onError });
    } else {
      create.mutate({ networkId, input }, { onSuccess, onError });
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (!fresh) return;
    const next = toValues(fresh.room, today);
    setVersion(fresh);
    setRepresentable(next.representable);
    setBaseline(next.values);
    engine.reset(next.values);
    document.getElementById(fieldId('title'))?.focus();
  };

  return (
    <>
      <FormStatus
        engine={engine}
        texts={{
          conflictTitle: t('form.conflictTitle'),
          conflictText: t('form.conflictText'),
          conflictReload: t('form.conflictReload'),
          saveErrorTitle: t('form.saveErrorTitle'),
          summaryTitle: t('form.summaryTitle'),
        }}
        onReload={reload}
      />

      <FormProvider {...engine.form}>
        <form className="kn-stack-lg kn-form" noValidate onSubmit={onSubmit}>
          <RoomAboutSection
            errorOf={engine.errorOf}
            networkId={networkId}
            moderators={version?.room.moderators ?? []}
          />
          <ScheduleSection
            errorOf={engine.errorOf}
            values={values}
            editing={editing}
            unsupported={
              !representable && version
                ? describeSchedule(version.room.schedule, t, locale)
                : undefined
            }
            suggestion={suggestionFor(values)}
            onSuggestionTaken={() => engine.clearError('startDate')}
          />

          <div className="kn-inline">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
              <span className="kern-label">
                {pending ? t('form.saving') : editing ? t('form.save') : t('form.create')}
              </span>
            </button>
            <Link
              to={
                editing && version ? `/online-raeume/${version.room.id}` : `/netzwerke/${networkId}`
              }
              className="kern-link"
            >
              {t('form.cancel')}
            </Link>
            {engine.dirty && <p className="kern-body kern-body--small">{t('form.unsaved')}</p>}
          </div>
        </form>
      </FormProvider>

      <LeavePageDialog blocker={engine.blocker} texts={t('form.leave', { returnObjects: true })} />
    </>
  );
}

/** Shown instead of the form to people who may not create or change rooms. */
export function RoomFormForbidden() {
  const { t } = useTranslation('rooms');
  return (
    <div className="kern-alert kern-alert--warning" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{t('form.forbiddenTitle')}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('form.forbiddenText')}</p>
      </div>
    </div>
  );
}
