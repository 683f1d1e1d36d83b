import { Box } from 'ink';
import { useApp } from '../app-context.js';
import { ChoicePanel, HandoverPanel, NotReadyPanel, ReturnToStockPanel, SearchPanel } from './pickup/PickupPanels.js';
import { usePickup } from './pickup/use-pickup.js';
import { NoticeBanner } from './workflow/NoticeBanner.js';

/** Props of {@link PickupScreen}. */
export interface PickupScreenProps {
  /** A ticket to open at once, e.g. from the ticket screen. */
  ticketNo?: string | undefined;
}

/**
 * Pickup (顾客取回): find the ticket by receipt, ticket number or phone, check the customer's
 * last four phone digits and hand the item over. F10 saves and prints the pickup slip.
 */
export function PickupScreen({ ticketNo }: PickupScreenProps) {
  const { t } = useApp();
  const { state, store } = usePickup(ticketNo);
  const { phase } = state;
  const banner = <NoticeBanner notice={state.notice} t={t} />;

  switch (phase.kind) {
    case 'search':
      return (
        <Box flexDirection="column" gap={1}>
          {banner}
          <SearchPanel store={store} />
        </Box>
      );
    case 'choose':
      return (
        <Box flexDirection="column" gap={1}>
          {banner}
          <ChoicePanel store={store} tickets={phase.tickets} index={phase.index} />
        </Box>
      );
    case 'handover':
      return (
        <Box flexDirection="column" gap={1}>
          {banner}
          <HandoverPanel key={phase.ticket.ticketNo} store={store} ticket={phase.ticket} />
        </Box>
      );
    case 'return_to_stock':
      return (
        <Box flexDirection="column" gap={1}>
          {banner}
          <ReturnToStockPanel store={store} ticket={phase.ticket} />
        </Box>
      );
    case 'not_ready':
      return (
        <Box flexDirection="column" gap={1}>
          {banner}
          <NotReadyPanel store={store} ticket={phase.ticket} />
        </Box>
      );
  }
}
