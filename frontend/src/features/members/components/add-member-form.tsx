import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ui/error-summary';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { MembershipRole } from '@/features/members/api/get-directory';
import { useAddMember } from '@/features/members/api/manage-members';
import { ApiError } from '@/lib/api-client';
import { useKernForm } from '@/lib/use-kern-form';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ROLES: readonly MembershipRole[] = ['MEMBER', 'COORDINATOR'];

type Result = { kind: 'success' | 'warning'; text: string } | null;
type Values = { email: string; role: MembershipRole };
const EMPTY: Values = { email: '', role: 'MEMBER' };

/** Coordinators add someone by e-mail: an active member at once, or an invitation that waits for the first sign-in. */
export function AddMemberForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation('members');
  const id = useId();
  const emailId = `${id}-email`;
  const [result, setResult] = useState<Result>(null);
  const [resultFocus, setResultFocus] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);
  const mutation = useAddMember();
  const engine = useKernForm<Values, 'email' | 'role'>({
    initial: EMPTY,
    validate: ({ email }): Partial<Record<'email', string>> => {
      const address = email.trim();
      if (address === '') return { email: t('manage.emailRequired') };
      return EMAIL.test(address) ? {} : { email: t('manage.emailInvalid') };
    },
    fieldOf: (path) => (path === 'role' ? 'role' : path === 'email' ? 'email' : undefined),
    order: () => ['email', 'role'],
    controlOf: (field) => (field === 'email' ? emailId : `${id}-role-MEMBER`),
    // a short form on the directory page; what was typed is quickly typed again
    guard: false,
  });
  const error = engine.errorOf('email');

  useEffect(() => {
    if (resultFocus > 0) resultRef.current?.focus();
  }, [resultFocus]);

  const save = engine.submit(({ email, role }) => {
    const address = email.trim();
    mutation.mutate(
      { networkId, email: address, role },
      {
        onSuccess: ({ membership }) => {
          setResult({
            kind: 'success',
            text:
              membership.state === 'PENDING'
                ? t('manage.invited', { email: membership.invitedEmail ?? address })
                : t(
                    membership.role === 'COORDINATOR' ? 'manage.addedCoordinator' : 'manage.added',
                    {
                      name: membership.displayName ?? address,
                    },
                  ),
          });
          engine.reset(EMPTY);
          setResultFocus((n) => n + 1);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setResult({ kind: 'warning', text: t('manage.alreadyMember', { email: address }) });
          } else {
            engine.fail(err, { email, role });
          }
          setResultFocus((n) => n + 1);
        },
      },
    );
  });
  const onSubmit = (event: FormEvent) => {
    setResult(null);
    save(event);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="kn-stack kn-form">
      <h2 id={`${id}-title`} className="kern-heading-medium">
        {t('manage.addTitle')}
      </h2>
      <p className="kern-body">{t('manage.addIntro')}</p>

      <div ref={resultRef} tabIndex={-1} role="status" aria-live="polite">
        {result && (
          <div className={`kern-alert kern-alert--${result.kind}`}>
            <div className="kern-alert__header">
              <span className={`kern-icon kern-icon--${result.kind}`} aria-hidden="true" />
              <p className="kern-title">{result.text}</p>
            </div>
          </div>
        )}
      </div>
      {engine.failure !== null && (
        <ProblemAlert title={t('manage.addErrorTitle')} error={engine.failure} />
      )}

      <ErrorSummary
        title={t('manage.summaryTitle')}
        errors={engine.summary}
        focusKey={engine.summaryFocus}
      />

      <form className="kn-stack" noValidate onSubmit={onSubmit}>
        <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor={emailId}>
            {t('manage.email')}
          </label>
          <div className="kern-hint" id={`${emailId}-hint`}>
            {t('manage.emailHint')}
          </div>
          {error && (
            <p className="kern-error" id={`${emailId}-error`}>
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body">{error}</span>
            </p>
          )}
          <input
            id={emailId}
            className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
            type="email"
            autoComplete="off"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${emailId}-hint ${emailId}-error` : `${emailId}-hint`}
            {...engine.form.register('email')}
          />
        </div>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('manage.roleLegend')}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            {ROLES.map((value) => (
              <div key={value} className="kern-form-check">
                <input
                  id={`${id}-role-${value}`}
                  className="kern-form-check__radio"
                  type="radio"
                  value={value}
                  {...engine.form.register('role')}
                />
                <label className="kern-label" htmlFor={`${id}-role-${value}`}>
                  {t(`role.${value}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <p>
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={mutation.isPending}
          >
            <span className="kern-label">
              {mutation.isPending ? t('manage.adding') : t('manage.add')}
            </span>
          </button>
        </p>
      </form>
    </section>
  );
}
