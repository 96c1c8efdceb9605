import { useEffect, useState } from 'react';

/**
 * The current time, renewed every `intervalMs` (default 30 s), so relative hints ("in 20 Minuten")
 * stay true and time-bound controls (check-in) appear and disappear without a reload.
 */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
