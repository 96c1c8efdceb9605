import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Network } from '@/features/networks/api/get-network';

type NetworkTableProps = { networks: Network[] };

export function NetworkTable({ networks }: NetworkTableProps) {
  const { t } = useTranslation('networks');
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-title kern-title--small">{t('list.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('list.columns.name')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('list.columns.region')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('list.columns.organizer')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {networks.map((network) => (
            <tr key={network.id} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                <Link to={`/networks/${network.id}`} className="kern-link">
                  {network.name}
                </Link>
              </th>
              <td className="kern-table__cell">{network.region}</td>
              <td className="kern-table__cell">{network.organizer.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
