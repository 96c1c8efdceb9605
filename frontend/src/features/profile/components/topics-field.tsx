import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError, inputClass } from '@/components/ui/form-field';
import { fieldId, LIMITS } from '@/features/profile/components/profile-values';

type TopicsFieldProps = {
  topics: string[];
  onChange: (topics: string[]) => void;
  /** An error for the whole list (from the summary or the API). */
  error?: string;
};

/** Free tags: type one and press Enter (or the button); each tag has its own remove button. */
export function TopicsField({ topics, onChange, error }: TopicsFieldProps) {
  const { t } = useTranslation('profile');
  const id = fieldId('topics');
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const shownError = addError ?? error;

  const add = () => {
    const topic = text.trim().replace(/\s+/g, ' ');
    if (topic === '') return;
    if (topic.length > LIMITS.topic) {
      setAddError(t('errors.topicTooLong'));
    } else if (topics.some((existing) => existing.toLowerCase() === topic.toLowerCase())) {
      setAddError(t('errors.topicDuplicate', { topic }));
    } else if (topics.length >= LIMITS.topics) {
      setAddError(t('errors.topicsTooMany'));
    } else {
      onChange([...topics, topic]);
      setText('');
      setAddError(undefined);
      setAnnouncement(t('fields.topics.announceAdded', { topic }));
    }
    inputRef.current?.focus();
  };

  const remove = (topic: string) => {
    onChange(topics.filter((existing) => existing !== topic));
    setAddError(undefined);
    setAnnouncement(t('fields.topics.announceRemoved', { topic }));
    inputRef.current?.focus();
  };

  return (
    <fieldset
      className={`kern-fieldset${shownError ? ' kern-fieldset--error' : ''}`}
      aria-describedby={`${id}-hint`}
    >
      <legend className="kern-label">
        {t('fields.topics.legend')}
        <span className="kern-label__optional"> {t('optional')}</span>
      </legend>
      <div className="kern-fieldset__body kn-stack">
        <div className="kern-hint" id={`${id}-hint`}>
          {t('fields.topics.hint')}
        </div>
        {topics.length > 0 ? (
          <ul className="kn-tags" aria-label={t('fields.topics.listLabel')}>
            {topics.map((topic) => (
              <li key={topic} className="kn-tag">
                <span className="kern-body">{topic}</span>
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary kn-tag__remove"
                  aria-label={t('fields.topics.removeLabel', { topic })}
                  onClick={() => remove(topic)}
                >
                  <span className="kern-icon kern-icon--close" aria-hidden="true" />
                  <span className="kern-label">{t('fields.topics.remove')}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body kern-body--small">{t('fields.topics.none')}</p>
        )}
        <div className={`kern-form-input${shownError ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor={id}>
            {t('fields.topics.newLabel')}
          </label>
          {shownError && <FieldError id={`${id}-error`} message={shownError} />}
          <div className="kn-inline">
            <input
              ref={inputRef}
              id={id}
              className={inputClass(shownError)}
              type="text"
              autoComplete="off"
              value={text}
              aria-invalid={shownError ? true : undefined}
              aria-describedby={describedBy(id, false, Boolean(shownError))}
              onChange={(event) => {
                setText(event.target.value);
                setAddError(undefined);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
            <button type="button" className="kern-btn kern-btn--secondary" onClick={add}>
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">{t('fields.topics.add')}</span>
            </button>
          </div>
        </div>
        <p className="kern-sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </fieldset>
  );
}
