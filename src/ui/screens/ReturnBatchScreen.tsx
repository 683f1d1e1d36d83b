import { Box } from 'ink';
import { useApp } from '../app-context.js';
import { Form } from '../components/form/Form.js';
import { KeyHints } from '../components/KeyHints.js';
import { carrierLabel } from '../stores/return-batch-store.js';
import { ReturnBatchList } from './return-batch/ReturnBatchList.js';
import { RETURN_BATCH_COMMANDS, useReturnBatch } from './return-batch/use-return-batch.js';
import { ConfirmPrompt } from './workflow/ConfirmPrompt.js';
import { NoticeBanner } from './workflow/NoticeBanner.js';

/**
 * Return to HQ (返修出库): work cards scanned into the parcel's list, carrier and tracking number,
 * F10 to confirm. Sending moves every listed ticket to sent_to_hq and prints the manifest.
 */
export function ReturnBatchScreen() {
  const { t } = useApp();
  const { state, form, fields, confirmSend, cancelSend } = useReturnBatch();

  return (
    <Box flexDirection="column" gap={1}>
      <NoticeBanner notice={state.notice} t={t} />
      <ReturnBatchList tickets={state.tickets} selectedIndex={state.selectedIndex} />
      <Form form={form} fields={fields} t={t} />
      {state.pending ? (
        <ConfirmPrompt
          message={t('return_batch.confirm', {
            count: state.pending.ticketNos.length,
            carrier: carrierLabel(state.pending.carrier, t),
            trackingNo: state.pending.trackingNo,
          })}
          t={t}
          onConfirm={confirmSend}
          onCancel={cancelSend}
        />
      ) : null}
      <KeyHints commands={RETURN_BATCH_COMMANDS} t={t} />
    </Box>
  );
}
