import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import type { Network } from '@/features/networks/api/get-network';

type NetworkTableProps = { networks: Network[] };

export function NetworkTable({ networks }: NetworkTableProps) {
  const { t } = useTranslation('networks');
  return (
    <DataTable
      caption={t('list.caption')}
      columns={[
        { label: t('list.columns.name') },
        { label: t('list.columns.region') },
        { label: t('list.columns.organizer') },
      ]}
    >
      {networks.map((network) => (
        <tr key={network.id} className="kern-table__row">
          <th scope="row" className="kern-table__cell">
            <Link to={`/netzwerke/${network.id}`} className="kern-link">
              {network.name}
            </Link>
          </th>
          <td className="kern-table__cell">{network.region}</td>
          <td className="kern-table__cell">{network.organizer.name}</td>
        </tr>
      ))}
    </DataTable>
  );
}
