import { useParams } from 'react-router';
import { UnsubscribeView } from '@/features/notifications/components/unsubscribe-view';

/** `/abmelden/:token`: opened from a mail, without a login (see app/public-app.tsx). */
export function UnsubscribeRoute() {
  const { token = '' } = useParams();
  return <UnsubscribeView key={token} token={token} />;
}
