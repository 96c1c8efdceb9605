import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { OutcomeNotice, useOutcome } from '@/components/ui/outcome-notice';

/** "Angelegt" or "gespeichert", once, when the form sent the user to the room page. */
export function RoomNotice() {
  const { t } = useTranslation('rooms');
  const { state } = useLocation() as { state: unknown };
  const notice =
    typeof state === 'object' && state !== null
      ? (state as { roomNotice?: unknown }).roomNotice
      : undefined;
  const { outcome, report, ref } = useOutcome();
  useEffect(() => {
    if (notice === 'created') report({ kind: 'success', text: t('room.created') });
    if (notice === 'saved') report({ kind: 'success', text: t('room.saved') });
    // once per arrival
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice]);
  return <OutcomeNotice outcome={outcome} outcomeRef={ref} errorTitle="" />;
}
