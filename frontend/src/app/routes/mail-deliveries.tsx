import { DeliveryList } from '@/features/mail-deliveries/components/delivery-list';

export function MailDeliveriesRoute() {
  return <DeliveryList />;
}
