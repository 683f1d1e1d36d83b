import type { DeskService, Session } from '../../services/types.js';

/** Dependencies of the workflow screens' stores: the desk service and the clerk acting now. */
export interface WorkflowStoreDeps {
  service: DeskService;
  /** The signed-in clerk at the time of the action. */
  session: () => Session;
}
