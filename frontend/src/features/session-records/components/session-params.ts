import { useParams } from 'react-router';
import { isUuid } from '@/lib/route-params';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether a string is a calendar date as the API writes it (`2026-12-08`). */
export function isIsoDate(value: string): boolean {
  return DATE.test(value);
}

/**
 * `:roomId` and `:date` of a session's address, when both are well-formed; anything else cannot
 * exist and is shown as not found without asking the API.
 */
export function useSessionParams(): { roomId: string; date: string } | undefined {
  const { roomId = '', date = '' } = useParams();
  return isUuid(roomId) && isIsoDate(date) ? { roomId, date } : undefined;
}

export const roomPath = (roomId: string) => `/online-raeume/${roomId}`;
export const sessionPath = (roomId: string, date: string) =>
  `/online-raeume/${roomId}/termine/${date}`;
export const attendancePath = (roomId: string, date: string) =>
  `${sessionPath(roomId, date)}/anwesenheit`;
