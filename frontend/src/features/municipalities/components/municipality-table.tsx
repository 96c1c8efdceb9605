import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Municipality } from '@/features/municipalities/api/get-municipality';

type MunicipalityTableProps = { municipalities: Municipality[]; caption: string };

export function MunicipalityTable({ municipalities, caption }: MunicipalityTableProps) {
  const { t } = useTranslation('municipalities');
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-title kern-title--small">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('list.columns.name')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('list.columns.kind')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('list.columns.officialKey')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('list.columns.parent')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {municipalities.map((municipality) => (
            <tr key={municipality.id} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                <Link to={`/kommunen/${municipality.id}`} className="kern-link">
                  {municipality.name}
                </Link>
              </th>
              <td className="kern-table__cell">{t(`kind.${municipality.kind}`)}</td>
              <td className="kern-table__cell kn-tabular">{municipality.officialKey}</td>
              <td className="kern-table__cell">
                {municipality.parent ? (
                  municipality.parent.name
                ) : (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="kern-sr-only">{t('list.noParent')}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
