import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The texts a detail page needs, from the feature's translation namespace. */
export type DetailTexts = {
  back: string;
  notFoundTitle: string;
  notFoundText: string;
  loading: string;
  errorTitle: string;
};

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p>
      <Link to={to} className="kern-link">
        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
        {label}
      </Link>
    </p>
  );
}

/** "Not found" with its document title and the way back to the list. */
export function DetailNotFound({ backTo, texts }: { backTo: string; texts: DetailTexts }) {
  useDocumentTitle(texts.notFoundTitle);
  return (
    <div className="kn-stack-lg">
      <h1 className="kern-heading-large">{texts.notFoundTitle}</h1>
      <p className="kern-body">{texts.notFoundText}</p>
      <BackLink to={backTo} label={texts.back} />
    </div>
  );
}

/**
 * One resource's page: back link, loading and error states (an API problem with a retry), a
 * designed 404, the document title; `children` renders the loaded resource, h1 included.
 */
export function DetailPage<T>({
  backTo,
  texts,
  query,
  titleOf,
  children,
}: {
  backTo: string;
  texts: DetailTexts;
  query: UseQueryResult<T>;
  titleOf: (data: T) => string;
  children: (data: T) => ReactNode;
}) {
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const title =
    query.data !== undefined
      ? titleOf(query.data)
      : query.isError
        ? texts.errorTitle
        : texts.loading;
  useDocumentTitle(notFound ? texts.notFoundTitle : title);

  if (notFound) return <DetailNotFound backTo={backTo} texts={texts} />;

  return (
    <div className="kn-stack-lg">
      <BackLink to={backTo} label={texts.back} />
      {query.isSuccess ? (
        children(query.data)
      ) : (
        <>
          <h1 className="kern-heading-large">{title}</h1>
          {query.isPending && <LoadingState label={texts.loading} />}
          {query.isError && (
            <ProblemAlert
              title={texts.errorTitle}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          )}
        </>
      )}
    </div>
  );
}
