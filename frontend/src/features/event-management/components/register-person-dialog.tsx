import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/form-dialog';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { Event } from '@/api/events';
import { useRegister, type Registration } from '@/api/registrations';
import { useNetworkMembers } from '@/api/members';

type Needs = { note: string; accessibilityNeeds: string; dietaryNeeds: string };

const NEED_LIMITS: Record<keyof Needs, number> = {
  note: 1000,
  accessibilityNeeds: 1000,
  dietaryNeeds: 500,
};

/**
 * The coordination registers a member of the network (e.g. who called in): the person, optional
 * notes and needs, and sign-ups for agenda items with their own registration. The API places them
 * like anyone else: confirmed while seats are left, otherwise on the waitlist.
 */
export function RegisterPersonDialog({
  event,
  onDone,
  onCancel,
}: {
  event: Event;
  onDone: (result: { registration: Registration; existed: boolean }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('event-management');
  const id = useId();
  const members = useNetworkMembers(event.networkId);
  const mutation = useRegister();
  const [participantId, setParticipantId] = useState('');
  const [needs, setNeeds] = useState<Needs>({
    note: '',
    accessibilityNeeds: '',
    dietaryNeeds: '',
  });
  const [items, setItems] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const signUpItems = event.agenda.filter((item) => item.signUpRequired);
  const personId = `${id}-person`;

  const submit = () => {
    if (participantId === '') {
      setError(t('register.personRequired'));
      document.getElementById(personId)?.focus();
      return;
    }
    const tooLong = (Object.keys(needs) as (keyof Needs)[]).find(
      (key) => needs[key].trim().length > NEED_LIMITS[key],
    );
    if (tooLong) {
      document.getElementById(`${id}-${tooLong}`)?.focus();
      return;
    }
    setError(undefined);
    const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
    mutation.mutate(
      {
        eventId: event.id,
        networkId: event.networkId,
        input: {
          participantId,
          note: orNull(needs.note),
          accessibilityNeeds: orNull(needs.accessibilityNeeds),
          dietaryNeeds: orNull(needs.dietaryNeeds),
          agendaItemIds: items,
        },
      },
      { onSuccess: onDone },
    );
  };

  const need = (key: keyof Needs) => {
    const fieldId = `${id}-${key}`;
    const tooLong = needs[key].trim().length > NEED_LIMITS[key];
    const message = tooLong ? t('errors.tooLong', { max: NEED_LIMITS[key] }) : undefined;
    return (
      <FormField
        id={fieldId}
        label={t(`register.${key}`)}
        optionalText={t('form.optional')}
        error={message}
      >
        <textarea
          id={fieldId}
          className={inputClass(message)}
          rows={2}
          value={needs[key]}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(fieldId, false, Boolean(message))}
          onChange={(e) => setNeeds((previous) => ({ ...previous, [key]: e.target.value }))}
        />
      </FormField>
    );
  };

  return (
    <FormDialog
      title={t('register.title')}
      text={t('register.text')}
      submitLabel={mutation.isPending ? t('register.submitting') : t('register.submit')}
      cancelLabel={t('register.cancel')}
      busy={mutation.isPending || members.isPending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {mutation.isError && <ProblemAlert title={t('register.errorTitle')} error={mutation.error} />}
      {members.isPending && <LoadingState label={t('host.membersLoading')} />}
      {members.isError && (
        <ProblemAlert
          title={t('host.membersError')}
          error={members.error}
          onRetry={() => void members.refetch()}
        />
      )}
      <FormField id={personId} label={t('register.person')} error={error}>
        <div className="kern-form-input__select-wrapper">
          <select
            id={personId}
            className="kern-form-input__select"
            value={participantId}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(personId, false, Boolean(error))}
            onChange={(e) => {
              setParticipantId(e.target.value);
              setError(undefined);
            }}
          >
            <option value="">{t('register.choose')}</option>
            {(members.data ?? []).map((member) => (
              <option key={member.participantId} value={member.participantId}>
                {member.municipality
                  ? `${member.displayName} (${member.municipality.name})`
                  : member.displayName}
              </option>
            ))}
          </select>
        </div>
      </FormField>
      {signUpItems.length > 0 && (
        <fieldset className="kern-fieldset">
          <legend className="kern-label">
            {t('register.items')}
            <span className="kern-label__optional"> {t('form.optional')}</span>
          </legend>
          <div className="kern-fieldset__body">
            {signUpItems.map((item) => (
              <div key={item.id} className="kern-form-check">
                <input
                  id={`${id}-item-${item.id}`}
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  checked={items.includes(item.id)}
                  onChange={(e) =>
                    setItems((previous) =>
                      e.target.checked
                        ? [...previous, item.id]
                        : previous.filter((itemId) => itemId !== item.id),
                    )
                  }
                />
                <label className="kern-label" htmlFor={`${id}-item-${item.id}`}>
                  {item.title}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {need('note')}
      {need('accessibilityNeeds')}
      {need('dietaryNeeds')}
    </FormDialog>
  );
}
