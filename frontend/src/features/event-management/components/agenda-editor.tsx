import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { describedBy, FieldError, FormField, inputClass } from '@/components/ui/form-field';
import { AGENDA_KINDS, type AgendaKind } from '@/api/events';
import {
  controlOf,
  fieldId,
  isMultiDay,
  LIMITS,
  newAgendaItem,
  type AgendaField,
  type AgendaValues,
  type EventValues,
} from '@/features/event-management/components/event-form-values';
import { formatNumber } from '@/lib/format';

type AgendaEditorProps = {
  values: EventValues;
  onChange: (agenda: AgendaValues[]) => void;
  /** The error message of a path such as `agenda.<key>.title`. */
  errorOf: (path: string) => string | undefined;
};

type Control = 'up' | 'down' | 'startTime' | 'fieldset';

/**
 * The agenda: one fieldset per item (times, title, speaker, kind, own sign-up with its seats).
 * Items are added, removed and reordered with buttons, all by keyboard: after a move the focus
 * stays on the button that was pressed, and the new position is announced ("Exkursion ist jetzt
 * Punkt 3 von 5"). Existing items keep their id, so their sign-ups survive saving.
 */
export function AgendaEditor({ values, onChange, errorOf }: AgendaEditorProps) {
  const { t, i18n } = useTranslation('event-management');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const agenda = values.agenda;
  const multiDay = isMultiDay(values);
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<AgendaValues | null>(null);
  const pendingFocus = useRef<{ key: string; control: Control } | 'add' | null>(null);

  const controlId = (key: string, control: Control) =>
    control === 'fieldset'
      ? fieldId(`agenda.${key}`)
      : fieldId(`agenda.${key}.${control === 'up' || control === 'down' ? control : 'startTime'}`);

  // After a change the focus goes where the user expects it; React may have moved the focused node.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const id = target === 'add' ? fieldId('agenda-add') : controlId(target.key, target.control);
    document.getElementById(id)?.focus();
  });

  const titleOf = (item: AgendaValues) => item.title.trim() || t('agenda.untitled');

  const update = (key: string, change: Partial<AgendaValues>) =>
    onChange(agenda.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const move = (index: number, direction: -1 | 1) => {
    const item = agenda[index];
    if (!item) return;
    const target = index + direction;
    if (target < 0 || target >= agenda.length) {
      setAnnouncement(
        t(direction < 0 ? 'agenda.alreadyFirst' : 'agenda.alreadyLast', { title: titleOf(item) }),
      );
      return;
    }
    const next = [...agenda];
    next.splice(index, 1);
    next.splice(target, 0, item);
    pendingFocus.current = { key: item.key, control: direction < 0 ? 'up' : 'down' };
    onChange(next);
    setAnnouncement(
      t('agenda.moved', {
        title: titleOf(item),
        position: formatNumber(target + 1, locale),
        count: formatNumber(next.length, locale),
      }),
    );
  };

  const add = () => {
    if (agenda.length >= LIMITS.agendaItems) {
      setAnnouncement(t('agenda.full', { max: LIMITS.agendaItems }));
      return;
    }
    const item = newAgendaItem(values);
    pendingFocus.current = { key: item.key, control: 'startTime' };
    onChange([...agenda, item]);
    setAnnouncement(t('agenda.added', { position: formatNumber(agenda.length + 1, locale) }));
  };

  const remove = (item: AgendaValues) => {
    const index = agenda.findIndex((i) => i.key === item.key);
    const next = agenda.filter((i) => i.key !== item.key);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = neighbour ? { key: neighbour.key, control: 'fieldset' } : 'add';
    onChange(next);
    setAnnouncement(
      t('agenda.removed', {
        title: titleOf(item),
        count: next.length,
        formatted: formatNumber(next.length, locale),
      }),
    );
  };

  const askRemove = (item: AgendaValues) => {
    if (item.signUps > 0) setRemoving(item);
    else remove(item);
  };

  return (
    <div className="kn-stack-lg">
      {errorOf('agenda') && (
        <FieldError id={`${fieldId('agenda')}-error`} message={errorOf('agenda')!} />
      )}
      {agenda.length === 0 ? (
        <p className="kern-body">{t('agenda.empty')}</p>
      ) : (
        <ol className="kn-editor-list">
          {agenda.map((item, index) => {
            const path = (field: AgendaField) => `agenda.${item.key}.${field}`;
            const id = (field: 'date' | 'startTime' | 'endTime' | AgendaField) =>
              fieldId(`agenda.${item.key}.${field}`);
            const error = (field: AgendaField) => errorOf(path(field));
            const first = index === 0;
            const last = index === agenda.length - 1;
            return (
              <li key={item.key}>
                <fieldset
                  className="kern-fieldset"
                  id={controlId(item.key, 'fieldset')}
                  tabIndex={-1}
                >
                  <legend className="kern-label">
                    {t('agenda.legend', { position: index + 1, title: titleOf(item) })}
                  </legend>
                  <div className="kern-fieldset__body kn-stack">
                    {multiDay && (
                      <FormField id={id('date')} label={t('agenda.date')}>
                        <input
                          id={id('date')}
                          className="kern-form-input__input"
                          type="date"
                          min={values.startDate || undefined}
                          max={values.endDate || undefined}
                          value={item.date || values.startDate}
                          onChange={(event) => update(item.key, { date: event.target.value })}
                        />
                      </FormField>
                    )}
                    <div className="kn-inline kn-times">
                      <FormField
                        id={id('startTime')}
                        label={t('agenda.startTime')}
                        error={error('startsAt')}
                      >
                        <input
                          id={id('startTime')}
                          className={inputClass(error('startsAt'))}
                          type="time"
                          required
                          value={item.startTime}
                          aria-invalid={error('startsAt') ? true : undefined}
                          aria-describedby={
                            error('startsAt') ? `${id('startTime')}-error` : undefined
                          }
                          onChange={(event) => update(item.key, { startTime: event.target.value })}
                        />
                      </FormField>
                      <FormField
                        id={id('endTime')}
                        label={t('agenda.endTime')}
                        error={error('endsAt')}
                      >
                        <input
                          id={id('endTime')}
                          className={inputClass(error('endsAt'))}
                          type="time"
                          required
                          value={item.endTime}
                          aria-invalid={error('endsAt') ? true : undefined}
                          aria-describedby={error('endsAt') ? `${id('endTime')}-error` : undefined}
                          onChange={(event) => update(item.key, { endTime: event.target.value })}
                        />
                      </FormField>
                    </div>
                    <FormField
                      id={id('title')}
                      label={t('agenda.itemTitle')}
                      error={error('title')}
                    >
                      <input
                        id={id('title')}
                        className={inputClass(error('title'))}
                        type="text"
                        required
                        maxLength={LIMITS.agendaTitle + 50}
                        value={item.title}
                        aria-invalid={error('title') ? true : undefined}
                        aria-describedby={error('title') ? `${id('title')}-error` : undefined}
                        onChange={(event) => update(item.key, { title: event.target.value })}
                      />
                    </FormField>
                    <FormField
                      id={id('speaker')}
                      label={t('agenda.speaker')}
                      optionalText={t('form.optional')}
                      error={error('speaker')}
                    >
                      <input
                        id={id('speaker')}
                        className={inputClass(error('speaker'))}
                        type="text"
                        maxLength={LIMITS.speaker + 50}
                        value={item.speaker}
                        aria-invalid={error('speaker') ? true : undefined}
                        aria-describedby={error('speaker') ? `${id('speaker')}-error` : undefined}
                        onChange={(event) => update(item.key, { speaker: event.target.value })}
                      />
                    </FormField>
                    <FormField id={id('kind')} label={t('agenda.kind')} error={error('kind')}>
                      <div className="kern-form-input__select-wrapper">
                        <select
                          id={id('kind')}
                          className="kern-form-input__select"
                          value={item.kind}
                          aria-invalid={error('kind') ? true : undefined}
                          aria-describedby={error('kind') ? `${id('kind')}-error` : undefined}
                          onChange={(event) =>
                            update(item.key, { kind: event.target.value as AgendaKind })
                          }
                        >
                          {AGENDA_KINDS.map((kind) => (
                            <option key={kind} value={kind}>
                              {t(`kind.${kind}`)}
                            </option>
                          ))}
                        </select>
                      </div>
                    </FormField>
                    <div className="kern-form-check">
                      <input
                        id={id('capacity') + '-signup'}
                        className="kern-form-check__checkbox"
                        type="checkbox"
                        checked={item.signUpRequired}
                        aria-describedby={`${id('capacity')}-signup-hint`}
                        onChange={(event) =>
                          update(item.key, { signUpRequired: event.target.checked })
                        }
                      />
                      <label className="kern-label" htmlFor={id('capacity') + '-signup'}>
                        {t('agenda.signUpRequired')}
                      </label>
                    </div>
                    <p className="kern-hint kn-check-hint" id={`${id('capacity')}-signup-hint`}>
                      {t('agenda.signUpHint')}
                    </p>
                    {item.signUpRequired && (
                      <div className="kn-indent">
                        <FormField
                          id={id('capacity')}
                          label={t('agenda.capacity')}
                          hint={t('agenda.capacityHint')}
                          optionalText={t('form.optional')}
                          error={error('capacity')}
                        >
                          <input
                            id={id('capacity')}
                            className={`${inputClass(error('capacity'))} kern-form-input__input--width-4`}
                            type="number"
                            inputMode="numeric"
                            min={1}
                            max={LIMITS.capacity}
                            value={item.capacity}
                            aria-invalid={error('capacity') ? true : undefined}
                            aria-describedby={describedBy(
                              id('capacity'),
                              true,
                              Boolean(error('capacity')),
                            )}
                            onChange={(event) => update(item.key, { capacity: event.target.value })}
                          />
                        </FormField>
                      </div>
                    )}
                    {item.signUps > 0 && (
                      <p className="kern-body kern-body--small">
                        {t('agenda.signUps', {
                          count: item.signUps,
                          formatted: formatNumber(item.signUps, locale),
                        })}
                      </p>
                    )}
                    <div className="kn-inline">
                      <button
                        id={controlId(item.key, 'up')}
                        type="button"
                        className="kern-btn kern-btn--secondary kern-btn--x-small"
                        aria-disabled={first ? true : undefined}
                        onClick={() => move(index, -1)}
                      >
                        <span className="kern-icon kern-icon--arrow-up" aria-hidden="true" />
                        <span className="kern-label">{t('agenda.up')}</span>
                      </button>
                      <button
                        id={controlId(item.key, 'down')}
                        type="button"
                        className="kern-btn kern-btn--secondary kern-btn--x-small"
                        aria-disabled={last ? true : undefined}
                        onClick={() => move(index, 1)}
                      >
                        <span className="kern-icon kern-icon--arrow-down" aria-hidden="true" />
                        <span className="kern-label">{t('agenda.down')}</span>
                      </button>
                      <button
                        type="button"
                        className="kern-btn kern-btn--tertiary kern-btn--x-small"
                        onClick={() => askRemove(item)}
                      >
                        <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                        <span className="kern-label">{t('agenda.remove')}</span>
                      </button>
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <p className="kern-body kern-body--small" role="status" aria-live="polite">
        {announcement}
      </p>
      <p>
        <button
          id={controlOf('agenda')}
          type="button"
          className="kern-btn kern-btn--secondary"
          aria-disabled={agenda.length >= LIMITS.agendaItems ? true : undefined}
          aria-describedby={errorOf('agenda') ? `${fieldId('agenda')}-error` : undefined}
          onClick={add}
        >
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t('agenda.add')}</span>
        </button>
      </p>
      {removing && (
        <ConfirmDialog
          title={t('agenda.removeDialog.title', { title: titleOf(removing) })}
          text={t('agenda.removeDialog.text', {
            count: removing.signUps,
            formatted: formatNumber(removing.signUps, locale),
          })}
          confirmLabel={t('agenda.removeDialog.confirm')}
          cancelLabel={t('agenda.removeDialog.cancel')}
          onConfirm={() => {
            const item = removing;
            setRemoving(null);
            remove(item);
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
