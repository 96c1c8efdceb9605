import { useUuidParam } from '@/lib/route-params';
import { MessageArchive } from '@/features/messages/components/message-archive';
import { useNetwork } from '@/features/networks/api/get-network';
import { NetworkNotFound } from '@/app/routes/network-not-found';

function NetworkMessagesPage({ networkId }: { networkId: string }) {
  const network = useNetwork(networkId);
  return <MessageArchive networkId={networkId} networkName={network.data?.name} />;
}

export function NetworkMessagesRoute() {
  const id = useUuidParam();
  return id ? <NetworkMessagesPage key={id} networkId={id} /> : <NetworkNotFound />;
}
