import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNetworkRole } from '@/api/roles';

/** On the network page, for coordinators of the network and admins: the way to the attendance report. */
export function AttendanceReportLink({ networkId }: { networkId: string }) {
  const { t } = useTranslation('sessions');
  const { canManage } = useNetworkRole(networkId);
  if (!canManage) return null;
  return (
    <section aria-labelledby="attendance-report-heading" className="kn-stack">
      <h2 id="attendance-report-heading" className="kern-heading-medium">
        {t('report.sectionTitle')}
      </h2>
      <p className="kern-body">{t('report.sectionText')}</p>
      <p>
        <Link to={`/netzwerke/${networkId}/anwesenheit`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
          {t('report.link')}
        </Link>
      </p>
    </section>
  );
}
