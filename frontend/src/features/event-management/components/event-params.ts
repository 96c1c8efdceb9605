import { useParams } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The route's `:eventId` if it is a UUID; anything else cannot exist and is shown as not found. */
export function useEventIdParam(): string | undefined {
  const { eventId = '' } = useParams();
  return UUID.test(eventId) ? eventId : undefined;
}
