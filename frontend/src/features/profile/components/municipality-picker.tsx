import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError, inputClass } from '@/components/ui/form-field';
import {
  useMunicipalitySuggestions,
  type MunicipalityRef,
} from '@/features/profile/api/search-municipalities';
import { fieldId } from '@/features/profile/components/profile-values';
import { useDebouncedValue } from '@/lib/use-debounced-value';

type MunicipalityPickerProps = {
  value: MunicipalityRef | null;
  onChange: (value: MunicipalityRef | null) => void;
  error?: string;
};

/**
 * A search field with a list of matching municipalities (name and official key) below it.
 * Arrow down moves from the field into the list, arrow up and Escape back; Enter never submits the form.
 */
export function MunicipalityPicker({ value, onChange, error }: MunicipalityPickerProps) {
  const { t } = useTranslation('profile');
  const id = fieldId('municipality');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const term = useDebouncedValue(text, 250).trim();
  const query = useMunicipalitySuggestions(term);
  const searching = text.trim() !== '' && term !== '';
  const results = searching && query.data ? query.data.items : [];

  let status = announcement;
  if (searching) {
    if (query.isError) status = t('fields.municipality.searchError');
    else if (query.data && !query.isPlaceholderData)
      status = t('fields.municipality.count', { count: query.data.totalItems });
    else status = t('fields.municipality.searching');
  }

  const resultButtons = () =>
    Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);

  const choose = (municipality: MunicipalityRef) => {
    onChange({
      id: municipality.id,
      name: municipality.name,
      officialKey: municipality.officialKey,
    });
    setText('');
    setAnnouncement(t('fields.municipality.announceSelected', { name: municipality.name }));
    inputRef.current?.focus();
  };

  const clear = () => {
    onChange(null);
    setAnnouncement(t('fields.municipality.announceCleared'));
    inputRef.current?.focus();
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
    } else if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      resultButtons()[0]?.focus();
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
    }
  };

  const onResultKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const buttons = resultButtons();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      buttons[Math.min(index + 1, buttons.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index === 0) inputRef.current?.focus();
      else buttons[index - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };

  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={`${id}-legend-hint`}
    >
      <legend className="kern-label">
        {t('fields.municipality.legend')}
        <span className="kern-label__optional"> {t('optional')}</span>
      </legend>
      <div className="kern-fieldset__body kn-stack">
        <div className="kern-hint" id={`${id}-legend-hint`}>
          {t('fields.municipality.hint')}
        </div>
        {error && <FieldError id={`${id}-error`} message={error} />}
        {value ? (
          <div className="kn-inline">
            <p className="kern-body" id={`${id}-current`}>
              {t('fields.municipality.selected')} <strong>{value.name}</strong> (
              <span className="kn-tabular">{value.officialKey}</span>)
            </p>
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={clear}>
              <span className="kern-icon kern-icon--close" aria-hidden="true" />
              <span className="kern-label">{t('fields.municipality.clear')}</span>
            </button>
          </div>
        ) : (
          <p className="kern-body" id={`${id}-current`}>
            {t('fields.municipality.none')}
          </p>
        )}
        <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor={id}>
            {t('fields.municipality.searchLabel')}
          </label>
          <div className="kern-hint" id={`${id}-hint`}>
            {t('fields.municipality.searchHint')}
          </div>
          <input
            ref={inputRef}
            id={id}
            className={inputClass(error)}
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, true, Boolean(error), `${id}-current`)}
            onChange={(event) => {
              setText(event.target.value);
              setAnnouncement('');
            }}
            onKeyDown={onInputKeyDown}
          />
        </div>
        <p className="kern-body kern-body--small" role="status" aria-live="polite">
          {status}
        </p>
        {results.length > 0 && (
          <ul
            ref={listRef}
            className="kn-suggestions"
            aria-label={t('fields.municipality.resultsLabel')}
          >
            {results.map((municipality, index) => (
              <li key={municipality.id}>
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary kn-suggestions__option"
                  onClick={() => choose(municipality)}
                  onKeyDown={(event) => onResultKeyDown(event, index)}
                >
                  <span className="kern-label">
                    {municipality.name} (
                    <span className="kn-tabular">{municipality.officialKey}</span>)
                    {municipality.parent ? ` – ${municipality.parent.name}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
