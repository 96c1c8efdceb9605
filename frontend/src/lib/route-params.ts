import { useParams } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID; anything else cannot name a network, room, event or person. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The route parameter `name` if it is a UUID; anything else cannot exist and is shown as not found
 * without asking the API.
 */
export function useUuidParam(name = 'id'): string | undefined {
  const value = useParams()[name] ?? '';
  return isUuid(value) ? value : undefined;
}
