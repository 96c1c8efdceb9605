import { useUuidParam } from '@/lib/route-params';
import { ComposeMessage } from '@/features/messages/components/compose-message';
import { useNetwork } from '@/features/networks/api/get-network';
import { NetworkNotFound } from '@/app/routes/network-not-found';

function NewMessagePage({ networkId }: { networkId: string }) {
  const network = useNetwork(networkId);
  return <ComposeMessage networkId={networkId} networkName={network.data?.name} />;
}

export function NetworkMessageNewRoute() {
  const id = useUuidParam();
  return id ? <NewMessagePage key={id} networkId={id} /> : <NetworkNotFound />;
}
