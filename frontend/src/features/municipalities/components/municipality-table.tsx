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
      columns={[
        { label: t('list.columns.name') },
        { label: t('list.columns.kind') },
        { label: t('list.columns.officialKey') },
        { label: t('list.columns.parent') },
      ]}
    >
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
    </DataTable>
  );
}
