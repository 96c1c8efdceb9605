import { useUuidParam } from '@/lib/route-params';
import {
  DeliveryNotFound,
  DeliveryView,
} from '@/features/mail-deliveries/components/delivery-view';

export function MailDeliveryRoute() {
  const id = useUuidParam('deliveryId');
  return id ? <DeliveryView key={id} deliveryId={id} /> : <DeliveryNotFound />;
}
