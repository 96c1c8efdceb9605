import { useId, useState, type FormEvent } from 'react';
import { LeavePageDialog } from '@/components/ui/leave-page-dialog';
import { useTranslation } from 'react-i18next';
import { MarkdownField } from '@/components/ui/markdown-field';
import { FormStatus } from '@/components/ui/form-status';
import {
  MINUTES_MAX_LENGTH,
  MINUTES_STATUSES,
  useSaveMinutes,
  type MinutesStatus,
  type VersionedMinutes,
} from '@/features/session-records/api/minutes';
import { useKernForm } from '@/lib/use-kern-form';

type Field = 'markdown' | 'status';
type Values = { markdown: string; status: MinutesStatus };
const FIELDS: readonly Field[] = ['markdown', 'status'];

function valuesOf(minutes: VersionedMinutes | null): Values {
  return { markdown: minutes?.minutes.markdown ?? '', status: minutes?.minutes.status ?? 'DRAFT' };
}

type MinutesEditorProps = {
  roomId: string;
  date: string;
  /** The minutes as last read, `null` while there are none. */
  current: VersionedMinutes | null;
  /** Reads the minutes again (after a 412); resolves to the fresh version. */
  onReload: () => Promise<VersionedMinutes | null | undefined>;
  onSaved: (saved: VersionedMinutes) => void;
  onCancel: () => void;
};

/**
 * Writes the minutes in Markdown with a preview through the same safe renderer readers get, as a
 * draft or published. The first version goes without If-Match, later ones with the ETag read.
 */
export function MinutesEditor({
  roomId,
  date,
  current,
  onReload,
  onSaved,
  onCancel,
}: MinutesEditorProps) {
  const { t } = useTranslation('sessions');
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [etag, setEtag] = useState(current?.etag);
  const [preview, setPreview] = useState(false);
  const [notice, setNotice] = useState('');
  const mutation = useSaveMinutes();
  const engine = useKernForm<Values, Field>({
    initial: valuesOf(current),
    validate: ({ markdown }): Partial<Record<Field, string>> =>
      markdown.trim() === ''
        ? { markdown: t('minutes.errors.required') }
        : markdown.length > MINUTES_MAX_LENGTH
          ? { markdown: t('minutes.errors.tooLong', { max: MINUTES_MAX_LENGTH }) }
          : {},
    fieldOf: (path) => FIELDS.find((f) => path?.split('.').pop() === f),
    order: () => FIELDS,
    controlOf: fieldId,
    onErrors: () => setPreview(false),
  });
  const { errors, values } = engine;
  const { markdown } = values;

  const save = engine.submit((sent) =>
    mutation.mutate(
      { roomId, date, input: sent, etag: etag || undefined },
      { onSuccess: onSaved, onError: (error) => engine.fail(error, sent) },
    ),
  );
  const onSubmit = (event: FormEvent) => {
    setNotice('');
    save(event);
  };

  const reload = async () => {
    const fresh = await onReload();
    if (fresh === undefined) return;
    setEtag(fresh?.etag);
    engine.reset(valuesOf(fresh));
    setPreview(false);
    setNotice(t('minutes.reloaded'));
    document.getElementById(fieldId('markdown'))?.focus();
  };

  const errorOf = (field: Field) =>
    errors[field] && (
      <p className="kern-error" id={`${fieldId(field)}-error`}>
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-body">{errors[field]}</span>
      </p>
    );

  return (
    <div className="kn-stack-lg kn-form">
      <FormStatus
        engine={engine}
        texts={{
          conflictTitle: t('minutes.conflictTitle'),
          conflictText: t('minutes.conflictText'),
          conflictReload: t('minutes.conflictReload'),
          saveErrorTitle: t('minutes.saveErrorTitle'),
          summaryTitle: t('minutes.summaryTitle'),
        }}
        onReload={reload}
        notice={notice}
        noticeStyle="text"
        headingLevel={3}
      />

      <form className="kn-stack-lg" noValidate onSubmit={onSubmit}>
        <MarkdownField
          id={fieldId('markdown')}
          texts={{
            label: t('minutes.fields.markdown'),
            hint: t('minutes.fields.markdownHint'),
            preview: t('minutes.preview'),
            previewLabel: t('minutes.previewLabel'),
            previewEmpty: t('minutes.previewEmpty'),
          }}
          error={errors.markdown}
          value={markdown}
          rows={16}
          registration={engine.form.register('markdown', { onChange: () => setNotice('') })}
          preview={preview}
          onPreviewChange={setPreview}
        />

        <fieldset
          className={`kern-fieldset${errors.status ? ' kern-fieldset--error' : ''}`}
          aria-describedby={`${fieldId('status')}-hint`}
        >
          <legend className="kern-label">{t('minutes.fields.status')}</legend>
          <div className="kern-fieldset__body">
            <div className="kern-hint" id={`${fieldId('status')}-hint`}>
              {t('minutes.fields.statusHint')}
            </div>
            {errorOf('status')}
            {MINUTES_STATUSES.map((value, index) => {
              const inputId = index === 0 ? fieldId('status') : `${fieldId('status')}-${value}`;
              return (
                <div key={value} className="kern-form-check">
                  <input
                    id={inputId}
                    className="kern-form-check__radio"
                    type="radio"
                    value={value}
                    {...engine.form.register('status')}
                  />
                  <label className="kern-label" htmlFor={inputId}>
                    {t(`minutes.status.${value}`)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>

        <div className="kn-inline">
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={mutation.isPending}
          >
            <span className="kern-label">
              {mutation.isPending ? t('minutes.saving') : t('minutes.save')}
            </span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
            <span className="kern-label">{t('minutes.cancel')}</span>
          </button>
          {engine.dirty && <p className="kern-body kern-body--small">{t('minutes.unsaved')}</p>}
        </div>
      </form>

      <LeavePageDialog blocker={engine.blocker} texts={t('leave', { returnObjects: true })} />
    </div>
  );
}
