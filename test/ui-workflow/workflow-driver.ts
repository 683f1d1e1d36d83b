import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { runtimePaths } from '../../src/app/paths.js';
import type { TicketCommand } from '../../src/domain/lifecycle.js';
import { commitCommand } from '../../src/services/ticket-commands.js';
import type { Session } from '../../src/services/types.js';
import { openDatabase } from '../../src/storage/database.js';
import type { Route } from '../../src/ui/stores/navigation.js';
import type { CreateAppOptions } from '../../src/app/create-app.js';
import { afterSaleInput, createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { KEYS, plainFrame, waitForFrame, writeKeys, type FrameSource, type KeyTarget } from '../support/ink.js';

export { KEYS, plainFrame, waitForFrame, writeKeys };

/** An ink-testing-library instance as these tests drive it. */
export interface Screen extends FrameSource {
  stdin: KeyTarget;
}

/** Return the form line of the field labelled `label` ("> 联系电话  138…"), or '' when not shown. */
export function fieldLine(frame: string, label: string): string {
  return frame.split('\n').find((line) => /^[> ] /.test(line) && line.slice(2).startsWith(label)) ?? '';
}

/**
 * Type into the focused field and wait until the field shows it. Waiting matters: the input
 * decoder buffers typed characters for its burst gap, and text followed at once by Enter would
 * arrive as a scan.
 */
export async function typeInto(screen: Screen, label: string, text: string): Promise<void> {
  await writeKeys(screen.stdin, text);
  await waitForFrame(screen, (frame) => fieldLine(frame, label).includes(text));
}

/**
 * Type `text` one key per chunk, as a clerk does on the keyboard, and wait until the field
 * labelled `label` shows it.
 */
export async function typeKeyByKey(screen: Screen, label: string, text: string): Promise<void> {
  await writeKeys(screen.stdin, ...text);
  await waitForFrame(screen, (frame) => fieldLine(frame, label).includes(text));
}

/** Send a scanner burst: the whole code and its CR in one chunk, as a keyboard-wedge scanner does. */
export async function scan(screen: Screen, code: string): Promise<void> {
  await writeKeys(screen.stdin, `${code}\r`);
}

/** A signed-in app showing one workflow screen. */
export interface WorkflowApp {
  app: TestApp;
  session: Session;
  screen: Screen & { unmount(): void };
}

/**
 * Open `route` over home in a real app (temp SQLite file, demo catalog, virtual printer) signed
 * in as the manager. `prepare` runs before the first frame, to add tickets or drafts, and
 * `appOptions` change how the app is created, e.g. `{ language: 'en' }`.
 */
export async function openWorkflowScreen(
  route: Route,
  readyText: string,
  prepare?: (app: TestApp, session: Session) => void,
  appOptions: Partial<CreateAppOptions> = {},
): Promise<WorkflowApp> {
  const app = await createTestApp(appOptions);
  const session = await setupStore(app);
  prepare?.(app, session);
  app.context.navigation.getState().push(route);
  const screen = app.render();
  await waitForFrame(screen, (frame) => frame.includes(readyText));
  return { app, session, screen };
}

/** Move the focus with ↓ until the field labelled `label` is focused (at most 20 presses). */
export async function focusField(screen: Screen, label: string): Promise<void> {
  for (let press = 0; press < 20 && !fieldLine(plainFrame(screen), label).startsWith('>'); press += 1) {
    await writeKeys(screen.stdin, KEYS.down);
  }
  await waitForFrame(screen, (frame) => fieldLine(frame, label).startsWith('>'));
}

/** Type into the focused field, wait until it shows, then press Enter to move on. */
export async function enterField(screen: Screen, label: string, text: string): Promise<void> {
  await typeInto(screen, label, text);
  await writeKeys(screen.stdin, KEYS.enter);
  await waitForFrame(screen, (frame) => !fieldLine(frame, label).startsWith('>'));
}

const demoCatalogSchema = z.object({
  products: z.array(
    z.object({
      styleNo: z.string(),
      name: z.string(),
      variants: z.array(z.object({ barcode: z.string(), size: z.string(), colour: z.string() })),
    }),
  ),
});

/** Read one product variant straight from the shipped demo catalog file. */
export function demoVariant(productIndex: number, variantIndex: number) {
  const catalog = demoCatalogSchema.parse(JSON.parse(readFileSync(new URL('../../data/demo/catalog.json', import.meta.url), 'utf8')));
  const product = catalog.products[productIndex];
  const variant = product?.variants[variantIndex];
  if (!product || !variant) throw new Error(`demo catalog has no product ${productIndex} variant ${variantIndex}`);
  return { styleNo: product.styleNo, name: product.name, ...variant };
}

/** HQ's side of a ticket's trip, applied through a second connection as the sync puller would. */
export function applyHqUpdates(app: TestApp, ticketNo: string, commands: readonly TicketCommand[]): void {
  const db = openDatabase(runtimePaths(app.dir).database);
  try {
    db.transaction(() => {
      for (const command of commands) commitCommand(db, ticketNo, command, HQ_ACTOR, new Date());
    });
  } finally {
    db.close();
  }
}

const HQ_ACTOR = { operatorId: 'hq', role: 'manager' } as const;

/** Tickets taken in and sent to HQ in one batch, as the counter would have done it. */
export function ticketsSentToHq(app: TestApp, session: Session, phones: readonly string[]): string[] {
  const ticketNos = phones.map((customerPhone) => app.service.intake(session, afterSaleInput(app, { customerPhone })).ticket.ticketNo);
  app.service.sendReturnBatch(session, { ticketNos, carrier: '顺丰', trackingNo: 'SF100200300' });
  return ticketNos;
}
