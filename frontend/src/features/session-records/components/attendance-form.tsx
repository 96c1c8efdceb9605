import { useId, useState, type FormEvent } from 'react';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { DataTable } from '@/components/ui/data-table';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';
import {
  useRecordAttendance,
  type AttendanceChange,
  type AttendanceEntry,
  type VersionedSheet,
} from '@/features/session-records/api/attendance';
import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
} from '@/features/session-records/api/get-session';
import { isVersionConflict } from '@/lib/api-client';
import { formatNumber } from '@/lib/format';
import { useKernForm } from '@/lib/use-kern-form';

type Choice = AttendanceStatus | null;
type Choices = Record<string, Choice>;

const CHOICES: readonly Choice[] = [...ATTENDANCE_STATUSES, null];

function toChoices(entries: AttendanceEntry[]): Choices {
  return Object.fromEntries(entries.map((e) => [e.participant.id, e.status ?? null]));
}

/** Only what differs from the list as read; `null` removes a record. */
export function changesOf(entries: AttendanceEntry[], choices: Choices): AttendanceChange[] {
  return entries
    .filter((e) => (choices[e.participant.id] ?? null) !== (e.status ?? null))
    .map((e) => ({ participantId: e.participant.id, status: choices[e.participant.id] ?? null }));
}

type AttendanceFormProps = {
  roomId: string;
  date: string;
  networkId: string | undefined;
  current: VersionedSheet;
  /** Reads the list again (after a 412); resolves to the fresh version. */
  onReload: () => Promise<VersionedSheet | undefined>;
};

/**
 * One radio group per person (Anwesend / Entschuldigt / Abwesend / offen), each a fieldset whose
 * legend names the person; arrow keys move within a group, Tab to the next person. Saving sends
 * only the changed entries with the list's ETag.
 */
export function AttendanceForm({
  roomId,
  date,
  networkId,
  current,
  onReload,
}: AttendanceFormProps) {
  const { t, i18n } = useTranslation('sessions');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const id = useId();
  const [baseline, setBaseline] = useState(current);
  const [hint, setHint] = useState('');
  const { outcome, report, clear, ref: outcomeRef } = useOutcome();
  const mutation = useRecordAttendance();
  // the choices per person are the form's values; nothing to check before sending
  const engine = useKernForm<Choices, string>({
    initial: toChoices(current.sheet.entries),
    validate: () => ({}),
    fieldOf: () => undefined,
    order: () => [],
    controlOf: (path) => path,
  });
  const choices = engine.values;

  const entries = baseline.sheet.entries;
  const changes = changesOf(entries, choices);
  const changed = new Set(changes.map((c) => c.participantId));

  const choose = (participantId: string, choice: Choice) => {
    engine.form.setValue(participantId, choice, { shouldDirty: true });
    setHint('');
  };

  const openOnes = entries.filter((e) => (choices[e.participant.id] ?? null) === null);

  const markOpenAbsent = () => {
    if (openOnes.length === 0) {
      setHint(t('take.noneOpen'));
      return;
    }
    for (const e of openOnes) {
      engine.form.setValue(e.participant.id, 'ABSENT', { shouldDirty: true });
    }
    setHint(
      t('take.markedAbsent', {
        count: openOnes.length,
        formatted: formatNumber(openOnes.length, locale),
      }),
    );
  };

  const save = engine.submit((sent) => {
    const sentChanges = changesOf(entries, sent);
    if (sentChanges.length === 0) {
      report({ kind: 'success', text: t('take.nothingToSave') });
      return;
    }
    mutation.mutate(
      { roomId, date, networkId, changes: sentChanges, etag: baseline.etag },
      {
        onSuccess: (saved) => {
          setBaseline(saved);
          engine.reset(toChoices(saved.sheet.entries));
          report({
            kind: 'success',
            text: t('take.saved', {
              count: sentChanges.length,
              formatted: formatNumber(sentChanges.length, locale),
            }),
          });
        },
        onError: (error) => {
          if (isVersionConflict(error)) engine.fail(error, sent);
          else report({ kind: 'error', error });
        },
      },
    );
  });
  const onSubmit = (event: FormEvent) => {
    clear();
    setHint('');
    save(event);
  };

  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) return;
    setBaseline(fresh);
    engine.reset(toChoices(fresh.sheet.entries));
    report({ kind: 'success', text: t('take.reloaded') });
  };

  const counts = CHOICES.map((choice) => ({
    choice,
    count: entries.filter((e) => (choices[e.participant.id] ?? null) === choice).length,
  }));

  const marker = (entry: AttendanceEntry) => {
    const notes: string[] = [];
    if (entry.selfReported && entry.status === 'PRESENT') notes.push(t('take.selfCheckedIn'));
    else if (entry.selfReported && entry.status === 'EXCUSED') notes.push(t('take.selfExcused'));
    else if (entry.selfReported) notes.push(t('take.selfReported'));
    return notes;
  };

  return (
    <div className="kn-stack-lg">
      {engine.conflict && (
        <ConflictAlert
          title={t('take.conflictTitle')}
          text={t('take.conflictText')}
          reloadLabel={t('take.conflictReload')}
          onReload={reload}
        />
      )}
      <OutcomeNotice outcome={outcome} outcomeRef={outcomeRef} errorTitle={t('take.errorTitle')} />

      <form className="kn-stack-lg" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="kern-heading-medium">
          {t('take.formTitle')}
        </h2>
        <p className="kern-body">{t('take.intro')}</p>
        <ul className="kn-attendance-counts" aria-label={t('take.countsLabel')}>
          {counts.map(({ choice, count }) => (
            <li key={choice ?? 'open'}>
              <span className="kern-body">
                {t(`choice.${choice ?? 'OPEN'}`)}:{' '}
                <strong className="kn-tabular">{formatNumber(count, locale)}</strong>
              </span>
            </li>
          ))}
        </ul>
        <div className="kn-inline">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={markOpenAbsent}>
            <span className="kern-label">{t('take.markOpenAbsent')}</span>
          </button>
          <p className="kern-body" role="status" aria-live="polite">
            {hint}
          </p>
        </div>

        <DataTable
          caption={t('take.caption')}
          rows={entries}
          rowKey={(entry) => entry.participant.id}
          columns={[
            { label: t('take.columns.name'), cell: (entry) => entry.participant.displayName },
            {
              label: t('take.columns.municipality'),
              cell: (entry) => entry.municipality ?? t('take.noMunicipality'),
            },
            {
              label: t('take.columns.attendance'),
              cell: (entry) => {
                const personId = entry.participant.id;
                const group = `${id}-${personId}`;
                return (
                  <fieldset className="kern-fieldset kn-choice-group">
                    <legend className="kern-sr-only">
                      {t('take.legend', { name: entry.participant.displayName })}
                    </legend>
                    <div className="kern-fieldset__body kern-fieldset__body--horizontal">
                      {CHOICES.map((choice) => {
                        const inputId = `${group}-${choice ?? 'open'}`;
                        return (
                          <div key={choice ?? 'open'} className="kern-form-check">
                            <input
                              id={inputId}
                              className="kern-form-check__radio"
                              type="radio"
                              name={group}
                              value={choice ?? ''}
                              checked={(choices[personId] ?? null) === choice}
                              onChange={() => choose(personId, choice)}
                            />
                            <label className="kern-label" htmlFor={inputId}>
                              {t(`choice.${choice ?? 'OPEN'}`)}
                            </label>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                );
              },
            },
            {
              label: t('take.columns.notes'),
              cell: (entry) => (
                <span className="kn-badges">
                  {marker(entry).map((note) => (
                    <span key={note} className="kern-badge kern-badge--info">
                      <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
                      <span className="kern-label kern-label--small">{note}</span>
                    </span>
                  ))}
                  {changed.has(entry.participant.id) && (
                    <span className="kern-badge kern-badge--warning">
                      <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                      <span className="kern-label kern-label--small">{t('take.changed')}</span>
                    </span>
                  )}
                </span>
              ),
            },
          ]}
        />

        <div className="kn-inline">
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={mutation.isPending}
          >
            <span className="kern-label">
              {mutation.isPending ? t('take.saving') : t('take.save')}
            </span>
          </button>
          <p className="kern-body kern-body--small">
            {changes.length > 0
              ? t('take.unsaved', {
                  count: changes.length,
                  formatted: formatNumber(changes.length, locale),
                })
              : t('take.allSaved')}
          </p>
        </div>
      </form>

      <LeavePageDialog blocker={engine.blocker} texts={t('leave', { returnObjects: true })} />
    </div>
  );
}
