import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { createApp, type CreateAppOptions, type DeskApp } from '../../src/app/create-app.js';
import type { IntakeInput } from '../../src/domain/ticket.js';
import { silentLogger } from '../../src/logging/logger.js';
import type { Session } from '../../src/services/types.js';
import { App } from '../../src/ui/App.js';

export interface TestApp extends DeskApp {
  dir: string;
  /** Render the whole app as the terminal shows it. */
  render(): ReturnType<typeof render>;
}

/**
 * Build a real app on a fresh temp folder: SQLite file, settings file, demo catalog and the virtual
 * printer writing into the folder. The print worker is off unless asked for, so tests see jobs
 * as queued. close() stops it and removes the folder.
 */
export async function createTestApp(options: Partial<CreateAppOptions> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'service-desk-test-'));
  const app = await createApp({ dataDir: dir, logger: silentLogger, startPrintWorker: false, ...options });
  let instance: ReturnType<typeof render> | null = null;

  return {
    ...app,
    dir,
    render: () => {
      instance = render(<App context={app.context} startupNotices={app.startupNotices} />);
      return instance;
    },
    close: async () => {
      instance?.unmount();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const TEST_MANAGER = { operatorId: 'boss', password: 'secret1', displayName: '王店长' } as const;
export const TEST_STORE = { storeCode: 'SH01', storeName: '上海南京路店', terminalNo: 1 } as const;

/** Complete the first-run set-up, sign the manager in and open the home screen. */
export async function setupStore(app: DeskApp): Promise<Session> {
  const session = await app.service.completeSetup({
    ...TEST_STORE,
    managerId: TEST_MANAGER.operatorId,
    managerName: TEST_MANAGER.displayName,
    password: TEST_MANAGER.password,
  });
  app.context.session.getState().signIn(session, app.context.now().getTime());
  app.context.navigation.getState().reset({ screen: 'home' });
  return session;
}

/** Build a valid after-sale intake with any field overridden. Style and barcode come from the demo catalog. */
export function afterSaleInput(app: DeskApp, overrides: Partial<IntakeInput> = {}): IntakeInput {
  const product = app.service.catalog().products[0];
  const variant = product?.variants[0];
  if (!product || !variant) throw new Error('demo catalog is empty');
  const reason = app.service.defectReasons()[0];
  if (!reason) throw new Error('no defect reasons');

  return {
    type: 'after_sale',
    customerName: '张三',
    customerPhone: '13812345678',
    styleNo: product.styleNo,
    productName: product.name,
    size: variant.size,
    colour: variant.colour,
    itemBarcode: variant.barcode,
    quantity: 1,
    purchaseDate: '',
    salesReceiptNo: '',
    defectCode: reason.code,
    defectDescription: '左袖口开线',
    accessories: '',
    requestedOutcome: 'repair',
    ...overrides,
  };
}

/** Create the operator `clerk1` on the same app and return its session. */
export function createClerk(app: DeskApp, manager: Session): Session {
  app.service.createOperator(manager, { operatorId: 'clerk1', displayName: '李店员', role: 'clerk', password: 'clerk123' });
  return app.service.login('clerk1', 'clerk123');
}
