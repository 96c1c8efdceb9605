import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import type { Municipality } from '@/features/municipalities/api/get-municipality';

type MunicipalityTableProps = { municipalities: Municipality[]; caption: string };

export function MunicipalityTable({ municipalities, caption }: MunicipalityTableProps) {
  const { t } = useTranslation('municipalities');
  return (
    <DataTable
      caption={caption}
      rows={municipalities}
      rowKey={(municipality) => municipality.id}
      columns={[
        {
          label: t('list.columns.name'),
          cell: (municipality) => (
            <Link to={`/kommunen/${municipality.id}`} className="kern-link">
              {municipality.name}
            </Link>
          ),
        },
        { label: t('list.columns.kind'), cell: (municipality) => t(`kind.${municipality.kind}`) },
        {
          label: t('list.columns.officialKey'),
          className: 'kn-tabular',
          cell: (municipality) => municipality.officialKey,
        },
        {
          label: t('list.columns.parent'),
          cell: (municipality) =>
            municipality.parent ? (
              municipality.parent.name
            ) : (
              <>
                <span aria-hidden="true">–</span>
                <span className="kern-sr-only">{t('list.noParent')}</span>
              </>
            ),
        },
      ]}
    />
  );
}
