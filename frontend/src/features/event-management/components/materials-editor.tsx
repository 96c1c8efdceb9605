import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, FormField, inputClass } from '@/components/ui/form-field';
import {
  controlOf,
  fieldId,
  LIMITS,
  newKey,
  type MaterialValues,
} from '@/features/event-management/components/event-form-values';

type MaterialsEditorProps = {
  materials: MaterialValues[];
  onChange: (materials: MaterialValues[]) => void;
  errorOf: (path: string) => string | undefined;
};

/** Material links (title and web address), one fieldset per row; add and remove by keyboard. */
export function MaterialsEditor({ materials, onChange, errorOf }: MaterialsEditorProps) {
  const { t } = useTranslation('event-management');
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    document.getElementById(id)?.focus();
  });

  const update = (key: string, change: Partial<MaterialValues>) =>
    onChange(materials.map((m) => (m.key === key ? { ...m, ...change } : m)));

  const add = () => {
    if (materials.length >= LIMITS.materials) {
      setAnnouncement(t('materials.full', { max: LIMITS.materials }));
      return;
    }
    const key = newKey('material');
    pendingFocus.current = fieldId(`materials.${key}.title`);
    onChange([...materials, { key, title: '', url: '' }]);
    setAnnouncement(t('materials.added', { position: materials.length + 1 }));
  };

  const remove = (index: number) => {
    const removed = materials[index];
    const next = materials.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = neighbour
      ? fieldId(`materials.${neighbour.key}.title`)
      : controlOf('materials');
    onChange(next);
    setAnnouncement(
      t('materials.removed', { title: removed?.title.trim() || t('materials.untitled') }),
    );
  };

  return (
    <div className="kn-stack-lg">
      {errorOf('materials') && (
        <FieldError id={`${fieldId('materials')}-error`} message={errorOf('materials')!} />
      )}
      {materials.length === 0 ? (
        <p className="kern-body">{t('materials.empty')}</p>
      ) : (
        <ol className="kn-editor-list">
          {materials.map((material, index) => {
            const id = (field: 'title' | 'url') => fieldId(`materials.${material.key}.${field}`);
            const error = (field: 'title' | 'url') => errorOf(`materials.${material.key}.${field}`);
            return (
              <li key={material.key}>
                <fieldset className="kern-fieldset">
                  <legend className="kern-label">
                    {t('materials.legend', { position: index + 1 })}
                  </legend>
                  <div className="kern-fieldset__body kn-stack">
                    <FormField id={id('title')} label={t('materials.title')} error={error('title')}>
                      <input
                        id={id('title')}
                        className={inputClass(error('title'))}
                        type="text"
                        maxLength={LIMITS.materialTitle + 50}
                        value={material.title}
                        aria-invalid={error('title') ? true : undefined}
                        aria-describedby={error('title') ? `${id('title')}-error` : undefined}
                        onChange={(event) => update(material.key, { title: event.target.value })}
                      />
                    </FormField>
                    <FormField
                      id={id('url')}
                      label={t('materials.url')}
                      hint={t('materials.urlHint')}
                      error={error('url')}
                    >
                      <input
                        id={id('url')}
                        className={inputClass(error('url'))}
                        type="url"
                        spellCheck={false}
                        autoComplete="off"
                        value={material.url}
                        aria-invalid={error('url') ? true : undefined}
                        aria-describedby={
                          error('url')
                            ? `${id('url')}-hint ${id('url')}-error`
                            : `${id('url')}-hint`
                        }
                        onChange={(event) => update(material.key, { url: event.target.value })}
                      />
                    </FormField>
                    <p>
                      <button
                        type="button"
                        className="kern-btn kern-btn--tertiary kern-btn--x-small"
                        onClick={() => remove(index)}
                      >
                        <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                        <span className="kern-label">{t('materials.remove')}</span>
                      </button>
                    </p>
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
          id={controlOf('materials')}
          type="button"
          className="kern-btn kern-btn--secondary"
          aria-disabled={materials.length >= LIMITS.materials ? true : undefined}
          onClick={add}
        >
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t('materials.add')}</span>
        </button>
      </p>
    </div>
  );
}
