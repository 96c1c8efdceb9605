import { useTranslation } from 'react-i18next';
import { DetailNotFound } from '@/components/ui/detail-page';

/** Pages under /netzwerke/:id whose id cannot name a network: the network's 404, with a way back. */
export function NetworkNotFound() {
  const { t } = useTranslation('networks');
  return (
    <DetailNotFound
      backTo="/netzwerke"
      texts={{
        back: t('detail.back'),
        notFoundTitle: t('detail.notFoundTitle'),
        notFoundText: t('detail.notFoundText'),
        loading: t('detail.loading'),
        errorTitle: t('detail.errorTitle'),
      }}
    />
  );
}
