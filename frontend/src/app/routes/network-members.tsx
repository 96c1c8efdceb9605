import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Pagination } from '@/components/ui/pagination';
import { ProblemAlert } from '@/components/ui/problem-alert';
import {
  CONCEPT_STATUSES,
  DIRECTORY_SORTS,
  MUNICIPALITY_KINDS,
  useDirectory,
  type ConceptStatus,
  type DirectorySort,
  type MunicipalityKind,
} from '@/features/members/api/get-directory';
import { AddMemberForm } from '@/features/members/components/add-member-form';
import { DirectoryTable } from '@/features/members/components/directory-table';
import { InvitationList } from '@/features/members/components/invitation-list';
import { useMemberActions } from '@/features/members/components/member-actions';
import { useNetwork } from '@/features/networks/api/get-network';
import { ApiError } from '@/lib/api-client';
import { formatNumber } from '@/lib/format';
import { useNetworkRole } from '@/api/roles';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useDocumentTitle } from '@/lib/use-document-title';
import { isUuid } from '@/lib/route-params';
import { NetworkNotFound } from '@/app/routes/network-not-found';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.includes(value as T) ? (value as T) : undefined;
}

type Filters = {
  q: string;
  kind: MunicipalityKind | undefined;
  status: ConceptStatus | undefined;
  newInOffice: boolean;
  sort: DirectorySort;
};

/** Search, filters, sort and page live in the address (`?q=&kind=&status=&new=1&sort=&page=`), page counted from 1. */
function useDirectorySearchParams(networkId: string) {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    q: params.get('q') ?? '',
    kind: oneOf(MUNICIPALITY_KINDS, params.get('kind')),
    status: oneOf(CONCEPT_STATUSES, params.get('status')),
    newInOffice: params.get('new') === '1',
    sort: oneOf(DIRECTORY_SORTS, params.get('sort')) ?? 'name',
  };
  const pageValue = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isFinite(pageValue) && pageValue >= 1 ? pageValue - 1 : 0;

  const toParams = (next: Filters, target = 0) => {
    const nextParams = new URLSearchParams();
    if (next.q.trim() !== '') nextParams.set('q', next.q.trim());
    if (next.kind) nextParams.set('kind', next.kind);
    if (next.status) nextParams.set('status', next.status);
    if (next.newInOffice) nextParams.set('new', '1');
    if (next.sort !== 'name') nextParams.set('sort', next.sort);
    if (target > 0) nextParams.set('page', String(target + 1));
    return nextParams;
  };

  /** A new search starts at page 1; the focus stays in the search form while the address follows. */
  const update = (change: Partial<Filters>) => {
    setParams(toParams({ ...filters, ...change }), {
      replace: true,
      state: { keepFocus: true },
      preventScrollReset: true,
    });
  };

  const hrefFor = (target: number) => {
    const search = toParams(filters, target).toString();
    return `/netzwerke/${networkId}/mitglieder${search ? `?${search}` : ''}`;
  };

  return { filters, page, update, hrefFor };
}

function BackLink({ networkId }: { networkId: string }) {
  const { t } = useTranslation('members');
  return (
    <p>
      <Link to={`/netzwerke/${networkId}`} className="kern-link">
        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
        {t('directory.back')}
      </Link>
    </p>
  );
}

function Forbidden() {
  const { t } = useTranslation('members');
  return (
    <div className="kern-alert kern-alert--warning" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{t('directory.forbiddenTitle')}</h2>
      </div>
      <div className="kern-alert__body kn-stack">
        <p className="kern-body">{t('directory.forbiddenText')}</p>
        <p className="kern-body">{t('directory.forbiddenHint')}</p>
      </div>
    </div>
  );
}

function DirectoryPage({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation(['members', 'municipalities']);
  const network = useNetwork(networkId);
  const title = network.data
    ? t('directory.titleOf', { network: network.data.name })
    : t('directory.title');
  useDocumentTitle(title);
  const { filters, page, update, hrefFor } = useDirectorySearchParams(networkId);
  const [text, setText] = useState(filters.q);
  const debouncedText = useDebouncedValue(text, 250);
  const query = useDirectory(networkId, { ...filters, page });
  const { canManage } = useNetworkRole(networkId);
  const actions = useMemberActions(networkId);
  const id = useId();
  const forbidden = query.error instanceof ApiError && query.error.status === 403;
  const filtered =
    filters.q !== '' ||
    filters.kind !== undefined ||
    filters.status !== undefined ||
    filters.newInOffice;

  // The address changed from outside (back button, a link): the field follows it.
  const [seenQ, setSeenQ] = useState(filters.q);
  if (seenQ !== filters.q) {
    setSeenQ(filters.q);
    if (filters.q !== debouncedText.trim()) setText(filters.q);
  }

  useEffect(() => {
    if (debouncedText.trim() !== filters.q) update({ q: debouncedText });
    // Only a settled change of the typed text starts a new search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedText]);

  const count =
    query.isSuccess && !query.isPlaceholderData
      ? t('directory.count', {
          count: query.data.totalItems,
          formatted: formatNumber(query.data.totalItems, i18n.language),
        })
      : query.isFetching && query.data
        ? t('directory.searching')
        : '';

  const select = (
    name: 'kind' | 'status' | 'sort',
    label: string,
    options: { value: string; label: string }[],
    value: string,
    onChange: (value: string) => void,
  ) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id={`${id}-${name}`}
          className="kern-form-input__select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  return (
    <div className="kn-stack-lg">
      <BackLink networkId={networkId} />
      <hgroup className="kn-stack">
        {network.data && <p className="kern-preline">{network.data.name}</p>}
        <h1 className="kern-heading-large">{t('directory.title')}</h1>
        <p className="kern-body">{t('directory.intro')}</p>
      </hgroup>

      {forbidden ? (
        <Forbidden />
      ) : (
        <>
          {canManage && (
            <>
              <AddMemberForm networkId={networkId} />
              <InvitationList networkId={networkId} />
            </>
          )}

          <form
            role="search"
            className="kn-filters"
            aria-label={t('directory.searchLegend')}
            onSubmit={(event) => {
              event.preventDefault();
              update({ q: text });
            }}
          >
            <div className="kern-form-input kn-filters__search">
              <label className="kern-label" htmlFor={`${id}-q`}>
                {t('directory.searchLabel')}
              </label>
              <div className="kern-hint" id={`${id}-q-hint`}>
                {t('directory.searchHint')}
              </div>
              <input
                id={`${id}-q`}
                className="kern-form-input__input"
                type="search"
                autoComplete="off"
                spellCheck={false}
                maxLength={200}
                aria-describedby={`${id}-q-hint`}
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            </div>
            {select(
              'kind',
              t('directory.kindLabel'),
              [
                { value: '', label: t('directory.all') },
                ...MUNICIPALITY_KINDS.map((value) => ({
                  value,
                  label: t(`municipalities:kind.${value}`),
                })),
              ],
              filters.kind ?? '',
              (value) => update({ q: text, kind: oneOf(MUNICIPALITY_KINDS, value) }),
            )}
            {select(
              'status',
              t('directory.statusLabel'),
              [
                { value: '', label: t('directory.all') },
                ...CONCEPT_STATUSES.map((value) => ({
                  value,
                  label: t(`municipalities:conceptStatus.${value}`),
                })),
              ],
              filters.status ?? '',
              (value) => update({ q: text, status: oneOf(CONCEPT_STATUSES, value) }),
            )}
            {select(
              'sort',
              t('directory.sortLabel'),
              DIRECTORY_SORTS.map((value) => ({ value, label: t(`directory.sort.${value}`) })),
              filters.sort,
              (value) => update({ q: text, sort: oneOf(DIRECTORY_SORTS, value) ?? 'name' }),
            )}
            <div className="kern-form-check">
              <input
                id={`${id}-new`}
                className="kern-form-check__checkbox"
                type="checkbox"
                checked={filters.newInOffice}
                onChange={(event) => update({ q: text, newInOffice: event.target.checked })}
              />
              <label className="kern-label" htmlFor={`${id}-new`}>
                {t('directory.newLabel')}
              </label>
            </div>
          </form>

          <p className="kern-body kern-body--bold" role="status" aria-live="polite">
            {count}
          </p>

          {actions.notice}

          {query.isPending && <LoadingState label={t('directory.loading')} />}

          {query.isError && (
            <ProblemAlert
              title={t('directory.errorTitle')}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          )}

          {query.isSuccess && query.data.totalItems === 0 && (
            <EmptyState
              title={filtered ? t('directory.emptyTitle') : t('directory.emptyAllTitle')}
              text={filtered ? t('directory.emptyText') : t('directory.emptyAllText')}
            />
          )}

          {query.isSuccess && query.data.items.length > 0 && (
            <div aria-busy={query.isPlaceholderData}>
              <DirectoryTable
                entries={query.data.items}
                caption={filtered ? t('directory.captionFiltered') : t('directory.caption')}
                renderActions={canManage ? actions.renderActions : undefined}
              />
            </div>
          )}

          {query.isSuccess && (
            <Pagination
              page={query.data.page}
              totalPages={query.data.totalPages}
              hrefFor={hrefFor}
            />
          )}
          {actions.dialog}
        </>
      )}
    </div>
  );
}

export function NetworkMembersRoute() {
  const { id = '' } = useParams();
  return isUuid(id) ? <DirectoryPage key={id} networkId={id} /> : <NetworkNotFound />;
}
