import { useUuidParam } from '@/lib/route-params';
import { MessageNotFound, MessageView } from '@/features/messages/components/message-view';
import { useNetwork } from '@/features/networks/api/get-network';
import { NetworkNotFound } from '@/app/routes/network-not-found';

function NetworkMessagePage({ networkId, messageId }: { networkId: string; messageId: string }) {
  const network = useNetwork(networkId);
  return (
    <MessageView networkId={networkId} messageId={messageId} networkName={network.data?.name} />
  );
}

export function NetworkMessageRoute() {
  const id = useUuidParam();
  const messageId = useUuidParam('messageId');
  if (!id) return <NetworkNotFound />;
  return messageId ? (
    <NetworkMessagePage key={`${id}/${messageId}`} networkId={id} messageId={messageId} />
  ) : (
    <MessageNotFound networkId={id} />
  );
}
