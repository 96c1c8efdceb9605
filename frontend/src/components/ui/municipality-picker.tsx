import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, inputClass } from '@/components/ui/form-field';
import { useMunicipalitySearch, type MunicipalityRef } from '@/api/municipalities';
import { useDebouncedValue } from '@/lib/use-debounced-value';

type MunicipalityPickerProps = {
  /** The id of the search field (error summary links go there). */
  id: string;
  /** What the municipality is for, e.g. "Kommune" or "Gastgebende Kommune". */
  legend: string;
  /** A sentence under the legend, e.g. "Für welche Kommune arbeiten Sie?". */
  hint: string;
  /** "(optional)" in the UI language when the field may stay empty. */
  optionalText?: string;
  value: MunicipalityRef | null;
  onChange: (value: MunicipalityRef | null) => void;
  error?: string;
};

/**
 * The one municipality picker of the app (profile, event host): a combobox (WAI-ARIA 1.2, list
 * autocomplete) searching the municipalities by name or official key. Arrow keys move through the
 * matches, Enter takes one, Escape closes the list; Enter never submits the form. The choice is
 * shown above the field with a way to remove it; choosing and removing are announced.
 */
export function MunicipalityPicker({
  id,
  legend,
  hint,
  optionalText,
  value,
  onChange,
  error,
}: MunicipalityPickerProps) {
  const { t } = useTranslation('common', { keyPrefix: 'municipalityPicker' });
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const term = useDebouncedValue(text, 250).trim();
  const query = useMunicipalitySearch(term);
  const searching = text.trim() !== '' && term !== '';
  const results = searching && query.data && open ? query.data.items : [];
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  let status = announcement;
  if (searching && open) {
    if (query.isError) status = t('searchError');
    else if (query.data && !query.isPlaceholderData)
      status = t('count', { count: query.data.totalItems });
    else status = t('searching');
  }

  const choose = (municipality: MunicipalityRef) => {
    onChange({
      id: municipality.id,
      name: municipality.name,
      officialKey: municipality.officialKey,
    });
    setText('');
    setOpen(false);
    setActive(-1);
    setAnnouncement(t('announceSelected', { name: municipality.name }));
  };

  const clear = () => {
    onChange(null);
    setAnnouncement(t('announceCleared'));
    document.getElementById(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active];
      if (chosen) choose(chosen);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      if (results.length > 0) setActive((i) => (i + 1) % results.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length > 0) setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
    } else if (event.key === 'Escape') {
      if (open && results.length > 0) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text !== '') {
        event.preventDefault();
        setText('');
      }
    }
  };

  const expanded = results.length > 0;

  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={`${id}-legend-hint`}
    >
      <legend className="kern-label">
        {legend}
        {optionalText && <span className="kern-label__optional"> {optionalText}</span>}
      </legend>
      <div className="kern-fieldset__body kn-stack">
        <div className="kern-hint" id={`${id}-legend-hint`}>
          {hint}
        </div>
        {error && <FieldError id={`${id}-error`} message={error} />}
        {value ? (
          <div className="kn-inline">
            <p className="kern-body" id={`${id}-current`}>
              {t('selected')} <strong>{value.name}</strong> (
              <span className="kn-tabular">{value.officialKey}</span>)
            </p>
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={clear}>
              <span className="kern-icon kern-icon--close" aria-hidden="true" />
              <span className="kern-label">{t('clear')}</span>
            </button>
          </div>
        ) : (
          <p className="kern-body" id={`${id}-current`}>
            {t('none')}
          </p>
        )}
        <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor={id}>
            {value ? t('searchOther') : t('search')}
          </label>
          <div className="kern-hint" id={`${id}-hint`}>
            {t('searchHint')}
          </div>
          <input
            id={id}
            className={inputClass(error)}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            value={text}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${id}-current`, `${id}-hint`, error && `${id}-error`]
              .filter(Boolean)
              .join(' ')}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
              setAnnouncement('');
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
          />
        </div>
        <p className="kern-body kern-body--small" role="status" aria-live="polite">
          {status}
        </p>
        <div
          id={listId}
          role="listbox"
          className="kn-suggestions"
          aria-label={t('results')}
          hidden={!expanded}
        >
          {results.map((municipality, index) => (
            <div
              key={municipality.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              tabIndex={-1}
              className={`kern-btn kern-btn--${index === active ? 'secondary' : 'tertiary'} kn-suggestions__option`}
              // keeps the focus in the field while a match is clicked
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(municipality)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') choose(municipality);
              }}
            >
              <span className="kern-label">
                {municipality.name} (<span className="kn-tabular">{municipality.officialKey}</span>)
                {municipality.parent ? ` – ${municipality.parent.name}` : ''}
              </span>
            </div>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
