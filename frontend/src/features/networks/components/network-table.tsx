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
      rows={networks}
      rowKey={(network) => network.id}
      columns={[
        {
          label: t('list.columns.name'),
          cell: (network) => (
            <Link to={`/netzwerke/${network.id}`} className="kern-link">
              {network.name}
            </Link>
          ),
        },
        { label: t('list.columns.region'), cell: (network) => network.region },
        { label: t('list.columns.organizer'), cell: (network) => network.organizer.name },
      ]}
    />
  );
}
