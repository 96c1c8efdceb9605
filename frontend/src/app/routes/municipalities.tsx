import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import {
  MUNICIPALITY_KINDS,
  useMunicipalities,
  type MunicipalityKind,
} from '@/features/municipalities/api/get-municipalities';
import { MunicipalityTable } from '@/features/municipalities/components/municipality-table';
import { formatNumber } from '@/lib/format';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useDocumentTitle } from '@/lib/use-document-title';

function isKind(value: string | null): value is MunicipalityKind {
  return MUNICIPALITY_KINDS.includes(value as MunicipalityKind);
}

/** Search, kind and page live in the address (`?q=&kind=&page=`, page counted from 1), so they survive reloads and back. */
function useMunicipalitySearchParams() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : undefined;
  const pageValue = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isFinite(pageValue) && pageValue >= 1 ? pageValue - 1 : 0;

  /** A new search starts at page 1; the focus stays in the search form while the address follows. */
  const update = (next: { q: string; kind: MunicipalityKind | undefined }) => {
    const nextParams = new URLSearchParams();
    if (next.q.trim() !== '') nextParams.set('q', next.q.trim());
    if (next.kind) nextParams.set('kind', next.kind);
    setParams(nextParams, { replace: true, state: { keepFocus: true }, preventScrollReset: true });
  };

  const hrefFor = (target: number) => {
    const nextParams = new URLSearchParams();
    if (q) nextParams.set('q', q);
    if (kind) nextParams.set('kind', kind);
    if (target > 0) nextParams.set('page', String(target + 1));
    const search = nextParams.toString();
    return search ? `/kommunen?${search}` : '/kommunen';
  };

  return { q, kind, page, update, hrefFor };
}

export function MunicipalitiesRoute() {
  const { t, i18n } = useTranslation('municipalities');
  useDocumentTitle(t('list.title'));
  const { q, kind, page, update, hrefFor } = useMunicipalitySearchParams();
  const [text, setText] = useState(q);
  const debouncedText = useDebouncedValue(text, 250);
  const query = useMunicipalities({ q, kind, page });
  const searchId = useId();
  const filtered = q !== '' || kind !== undefined;

  // The address changed from outside (back button, the "Kommunen" link): the field follows it.
  const [seenQ, setSeenQ] = useState(q);
  if (seenQ !== q) {
    setSeenQ(q);
    if (q !== debouncedText.trim()) setText(q);
  }

  useEffect(() => {
    if (debouncedText.trim() !== q) update({ q: debouncedText, kind });
    // Only a settled change of the typed text starts a new search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedText]);

  const count =
    query.isSuccess && !query.isPlaceholderData
      ? t('list.count', {
          count: query.data.totalItems,
          formatted: formatNumber(query.data.totalItems, i18n.language),
        })
      : query.isFetching && query.data
        ? t('list.searching')
        : '';

  return (
    <div className="kn-stack-lg">
      <hgroup className="kn-stack">
        <h1 className="kern-heading-large">{t('list.title')}</h1>
        <p className="kern-body">{t('list.intro')}</p>
      </hgroup>

      <form
        role="search"
        className="kn-filters"
        aria-label={t('list.searchLegend')}
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: text, kind });
        }}
      >
        <div className="kern-form-input kn-filters__search">
          <label className="kern-label" htmlFor={`${searchId}-q`}>
            {t('list.searchLabel')}
          </label>
          <div className="kern-hint" id={`${searchId}-q-hint`}>
            {t('list.searchHint')}
          </div>
          <input
            id={`${searchId}-q`}
            className="kern-form-input__input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-describedby={`${searchId}-q-hint`}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${searchId}-kind`}>
            {t('list.kindLabel')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id={`${searchId}-kind`}
              className="kern-form-input__select"
              value={kind ?? ''}
              onChange={(event) =>
                update({
                  q: text,
                  kind: isKind(event.target.value) ? event.target.value : undefined,
                })
              }
            >
              <option value="">{t('list.kindAll')}</option>
              {MUNICIPALITY_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`kind.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>

      <p className="kern-body kern-body--bold" role="status" aria-live="polite">
        {count}
      </p>

      {query.isPending && <LoadingState label={t('list.loading')} />}

      {query.isError && (
        <ProblemAlert
          title={t('list.errorTitle')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}

      {query.isSuccess && query.data.totalItems === 0 && (
        <EmptyState
          title={filtered ? t('list.emptyTitle') : t('list.emptyAllTitle')}
          text={filtered ? t('list.emptyText') : t('list.emptyAllText')}
        />
      )}

      {query.isSuccess && query.data.items.length > 0 && (
        <div aria-busy={query.isPlaceholderData}>
          <MunicipalityTable
            municipalities={query.data.items}
            caption={filtered ? t('list.captionFiltered') : t('list.caption')}
          />
        </div>
      )}

      {query.isSuccess && (
        <Pagination page={query.data.page} totalPages={query.data.totalPages} hrefFor={hrefFor} />
      )}
    </div>
  );
}
