import { useTranslation } from 'react-i18next';
import type { DetailTexts } from '@/components/ui/detail-page';

/** The texts of an event's detail frame (back link, loading, not found). */
export function useEventDetailTexts(back: 'event' | 'network'): DetailTexts {
  const { t } = useTranslation('event-management');
  return {
    back: back === 'event' ? t('page.backToEvent') : t('page.backToNetwork'),
    notFoundTitle: t('page.notFoundTitle'),
    notFoundText: t('page.notFoundText'),
    loading: t('page.loading'),
    errorTitle: t('page.errorTitle'),
  };
}
