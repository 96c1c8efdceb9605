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
      columns={[
        { label: t('directory.columns.name') },
        { label: t('directory.columns.municipality') },
        { label: t('directory.columns.concept') },
        { label: t('directory.columns.topics') },
        { label: t('directory.columns.contact') },
        !!renderActions && { label: t('directory.columns.actions') },
      ]}
    >
      {entries.map((entry) => (
        <tr key={entry.participantId} className="kern-table__row">
          <th scope="row" className="kern-table__cell">
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
          </th>
          <td className="kern-table__cell">
            {entry.municipality ? (
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
            )}
          </td>
          <td className="kern-table__cell">
            {entry.municipality ? (
              t(`municipalities:conceptStatus.${entry.municipality.conceptStatus}`)
            ) : (
              <NotGiven text={t('directory.noMunicipality')} />
            )}
          </td>
          <td className="kern-table__cell">
            {entry.topics.length > 0 ? (
              entry.topics.join(', ')
            ) : (
              <NotGiven text={t('directory.noTopics')} />
            )}
          </td>
          <td className="kern-table__cell">
            {entry.email ? (
              <a className="kern-link" href={`mailto:${entry.email}`}>
                {entry.email}
              </a>
            ) : (
              <NotGiven text={t('directory.noEmail')} />
            )}
          </td>
          {renderActions && <td className="kern-table__cell">{renderActions(entry)}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
