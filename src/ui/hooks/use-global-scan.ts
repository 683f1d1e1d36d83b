import { useApp } from '../app-context.js';
import { useDeskInput } from '../input/InputProvider.js';
import { describeError } from '../../i18n/index.js';
import type { ShellNoticeController } from './use-shell-notice.js';

/**
 * Handle a scan that no screen or field consumed: a ticket number opens the ticket, a product
 * barcode starts an intake, and anything else shows an error naming the code. It listens on the 'global'
 * layer, so a focused field or a scanning screen (return batch, arrival) gets the scan first.
 */
export function useGlobalScan(isActive: boolean, notice: ShellNoticeController): void {
  const { service, navigation, t } = useApp();

  useDeskInput(
    (event) => {
      if (event.kind !== 'scan') return false;

      try {
        const resolved = service.resolveScan(event.code);
        if (resolved.kind === 'ticket') {
          navigation.getState().push({ screen: 'ticket', ticketNo: resolved.ticket.ticketNo });
        } else if (resolved.kind === 'product') {
          navigation.getState().push({ screen: 'intake', barcode: resolved.barcode });
        } else {
          notice.show({ kind: 'error', message: t('shell.scan_unknown', { code: event.code }) });
        }
      } catch (error) {
        notice.show({ kind: 'error', message: describeError(error, t) });
      }
      return true;
    },
    { layer: 'global', isActive },
  );
}
