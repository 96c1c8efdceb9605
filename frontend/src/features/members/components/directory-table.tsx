import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import type { DirectoryEntry } from '@/features/members/api/get-directory';

type DirectoryTableProps = {
  entries: DirectoryEntry[];
  caption: string;
  /** Coordinators' controls for one row; without it the table has no "Verwalten" column. */
  renderActions?: (entry: DirectoryEntry) => ReactNode;
};

function NotGiven({ text }: { text: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="kern-sr-only">{text}</span>
    </>
  );
}

export function DirectoryTable({ entries, caption, renderActions }: DirectoryTableProps) {
  const { t } = useTranslation(['members', 'municipalities']);
  return (
    <DataTable
      caption={caption}
      rows={entries}
      rowKey={(entry) => entry.participantId}
      columns={[
        {
          label: t('directory.columns.name'),
          cell: (entry) => (
            <span className="kn-stack">
              <Link to={`/personen/${entry.participantId}`} className="kern-link">
                {entry.displayName}
              </Link>
              {entry.jobTitle && (
                <span className="kern-body kern-body--small kn-normal">{entry.jobTitle}</span>
              )}
              {(entry.role === 'COORDINATOR' || entry.newInOffice) && (
                <span className="kn-badges">
                  {entry.role === 'COORDINATOR' && (
                    <span className="kern-badge kern-badge--info">
                      <span className="kern-label kern-label--small">{t('role.COORDINATOR')}</span>
                    </span>
                  )}
                  {entry.newInOffice && (
                    <span className="kern-badge kern-badge--success">
                      <span className="kern-label kern-label--small">{t('newInOffice')}</span>
                    </span>
                  )}
                </span>
              )}
            </span>
          ),
        },
        {
          label: t('directory.columns.municipality'),
          cell: (entry) =>
            entry.municipality ? (
              <span className="kn-stack">
                <Link to={`/kommunen/${entry.municipality.id}`} className="kern-link">
                  {entry.municipality.name}
                </Link>
                <span className="kern-body kern-body--small">
                  {t(`municipalities:kind.${entry.municipality.kind}`)}
                </span>
              </span>
            ) : (
              <NotGiven text={t('directory.noMunicipality')} />
            ),
        },
        {
          label: t('directory.columns.concept'),
          cell: (entry) =>
            entry.municipality ? (
              t(`municipalities:conceptStatus.${entry.municipality.conceptStatus}`)
            ) : (
              <NotGiven text={t('directory.noMunicipality')} />
            ),
        },
        {
          label: t('directory.columns.topics'),
          cell: (entry) =>
            entry.topics.length > 0 ? (
              entry.topics.join(', ')
            ) : (
              <NotGiven text={t('directory.noTopics')} />
            ),
        },
        {
          label: t('directory.columns.contact'),
          cell: (entry) =>
            entry.email ? (
              <a className="kern-link" href={`mailto:${entry.email}`}>
                {entry.email}
              </a>
            ) : (
              <NotGiven text={t('directory.noEmail')} />
            ),
        },
        !!renderActions && { label: t('directory.columns.actions'), cell: renderActions },
      ]}
    />
  );
}
