import { useUuidParam } from '@/lib/route-params';

/** The route's `:eventId` if it is a UUID; anything else cannot exist and is shown as not found. */
export function useEventIdParam(): string | undefined {
  return useUuidParam('eventId');
}
