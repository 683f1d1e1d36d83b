import { Box } from 'ink';
import { useApp } from '../app-context.js';
import { Form } from '../components/form/Form.js';
import { KeyHints } from '../components/KeyHints.js';
import { MissingList, ScannedList } from './arrival/ArrivalLists.js';
import { ARRIVAL_COMMANDS, ARRIVAL_FIELDS, useArrival } from './arrival/use-arrival.js';
import { confirmationMessageKey } from '../stores/arrival-store.js';
import { ConfirmPrompt } from './workflow/ConfirmPrompt.js';
import { NoticeBanner } from './workflow/NoticeBanner.js';

/**
 * Arrival (返修到货): the parcel's work cards checked live against what the store expects back.
 * F10 marks only the accepted tickets arrived, and requests confirmation first when anything is off.
 */
export function ArrivalScreen() {
  const { t } = useApp();
  const { state, lines, form, confirm, cancelConfirm } = useArrival();

  return (
    <Box flexDirection="column" gap={1}>
      <NoticeBanner notice={state.notice} t={t} />
      <ScannedList lines={lines} selectedIndex={state.selectedIndex} />
      <MissingList missing={state.check.missing} />
      <Form form={form} fields={ARRIVAL_FIELDS} t={t} />
      {state.confirming ? (
        <ConfirmPrompt
          message={t(confirmationMessageKey(state.confirming), { ...state.confirming })}
          t={t}
          onConfirm={confirm}
          onCancel={cancelConfirm}
        />
      ) : null}
      <KeyHints commands={ARRIVAL_COMMANDS} t={t} />
    </Box>
  );
}
