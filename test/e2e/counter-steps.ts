import { TEST_MANAGER, TEST_STORE } from '../support/harness.js';
import { fieldLine, fillField, KEYS, plainFrame, press, scan, typeInto, waitForFrame, type Screen } from '../ui-shell/shell-driver.js';
import { enterField, focusField } from '../ui-workflow/workflow-driver.js';

/**
 * The counter's steps as a clerk performs them: function keys, typing and scanner bursts
 * written into the whole app. Each step starts from any signed-in screen unless its
 * documentation names another start, and returns once the screen shows the step's outcome.
 */

/** Ticket numbers as the screens print them, e.g. SH01-01000010. */
const TICKET_NO = '[A-Z][A-Z0-9]{1,7}-\\d{7}[0-9A-Z]';
const SAVED_BANNER = new RegExp(`(?:工单|售前单) (${TICKET_NO}) 已保存`);

/** Masked characters the set-up form shows for a typed password. */
const PASSWORD_MASK = '•';

/** Fill the first-run set-up form key by key and wait for the home screen. */
export async function setUpStoreByKeys(screen: Screen): Promise<void> {
  const mask = PASSWORD_MASK.repeat(TEST_MANAGER.password.length);

  await waitForFrame(screen, (frame) => frame.includes('首次设置') && fieldLine(frame, '门店代码').startsWith('>'));
  await fillField(screen, '门店代码', TEST_STORE.storeCode);
  await fillField(screen, '门店名称', TEST_STORE.storeName);
  await fillField(screen, '终端号', String(TEST_STORE.terminalNo));
  await fillField(screen, '店长工号', TEST_MANAGER.operatorId);
  await fillField(screen, '店长姓名', TEST_MANAGER.displayName);
  await fillField(screen, '密码', TEST_MANAGER.password, mask);
  await fillField(screen, '再次输入密码', TEST_MANAGER.password, mask);

  await waitForFrame(screen, (frame) => frame.includes('首页') && frame.includes(`操作员：${TEST_MANAGER.displayName}`));
}

/** F2, then wait until the intake form shows with the phone (联系电话) focused. */
export async function openIntake(screen: Screen): Promise<void> {
  await press(screen, KEYS.f2);
  await waitForFrame(screen, (frame) => frame.includes('故障原因') && fieldLine(frame, '联系电话').startsWith('>'));
}

/** Move to the defect reason and step → `steps` times through HQ's list (1 picks D01). */
export async function chooseDefect(screen: Screen, steps: number): Promise<void> {
  await focusField(screen, '故障原因');
  for (let step = 0; step < steps; step += 1) await press(screen, KEYS.right);
  await waitForFrame(screen, (frame) => fieldLine(frame, '故障原因').includes(`${steps}/`));
}

/**
 * F10 on the intake form, then read the new ticket number from the success banner. A banner
 * left from the previous intake on the same screen is skipped.
 */
export async function saveIntake(screen: Screen): Promise<string> {
  const previous = SAVED_BANNER.exec(plainFrame(screen))?.[1] ?? null;
  await press(screen, KEYS.f10);

  const frame = await waitForFrame(screen, (current) => {
    const bannerTicketNo = SAVED_BANNER.exec(current)?.[1];
    return bannerTicketNo !== undefined && bannerTicketNo !== previous;
  });
  const ticketNo = SAVED_BANNER.exec(frame)?.[1];
  if (ticketNo === undefined) throw new Error(`no ticket number in the banner:\n${frame}`);
  return ticketNo;
}

/**
 * Type the phone and the name, starting in the intake's phone field, and leave the item barcode
 * focused.
 */
export async function typeCustomer(screen: Screen, phone: string, customerName: string): Promise<void> {
  await enterField(screen, '联系电话', phone);
  await enterField(screen, '顾客姓名', customerName);
  await waitForFrame(screen, (frame) => fieldLine(frame, '商品条码').startsWith('>'));
}

/** Fields an after-sale intake types or scans. */
export interface AfterSaleEntry {
  phone: string;
  customerName: string;
  itemBarcode: string;
  /** Style number the catalog fills in for `itemBarcode`, which the step waits for. */
  styleNo: string;
}

/**
 * Take in a customer's item: phone and name typed, the item barcode scanned as one chunk,
 * the second defect reason (D02) chosen, F10. Returns the ticket number from the banner.
 */
export async function takeInAfterSale(screen: Screen, entry: AfterSaleEntry): Promise<string> {
  await openIntake(screen);
  await typeCustomer(screen, entry.phone, entry.customerName);
  await scan(screen, entry.itemBarcode);
  await waitForFrame(screen, (frame) => fieldLine(frame, '款号').includes(entry.styleNo));
  await chooseDefect(screen, 2);

  return saveIntake(screen);
}

/** Take in a pre-sale item (store stock, no customer): ↑ to the type, →, scan, the first defect reason, F10. */
export async function takeInPreSale(screen: Screen, itemBarcode: string, styleNo: string): Promise<string> {
  await openIntake(screen);

  await press(screen, KEYS.up);
  await waitForFrame(screen, (frame) => fieldLine(frame, '类型').startsWith('>'));
  await press(screen, KEYS.right);
  await waitForFrame(screen, (frame) => fieldLine(frame, '类型').includes('[2 售前]') && !frame.includes('联系电话'));
  await scan(screen, itemBarcode);
  await waitForFrame(screen, (frame) => fieldLine(frame, '款号').includes(styleNo));
  await chooseDefect(screen, 1);

  return saveIntake(screen);
}

/** F3, then wait for an empty parcel list with the work card field focused. */
export async function openReturnBatch(screen: Screen): Promise<void> {
  await press(screen, KEYS.f3);
  await waitForFrame(screen, (frame) => frame.includes('出库清单为空') && fieldLine(frame, '工单号').startsWith('>'));
}

/**
 * Carrier 中通 (option 2) and a typed tracking number, then F10 and Enter on the prompt. Starts
 * in the work card field, which is the last one, below the tracking number and the carrier.
 */
export async function shipListedBatch(screen: Screen, count: number, trackingNo: string): Promise<void> {
  await press(screen, KEYS.up, KEYS.up);
  await waitForFrame(screen, (frame) => fieldLine(frame, '承运商').startsWith('>'));
  await press(screen, '2');
  await waitForFrame(screen, (frame) => fieldLine(frame, '承运商').includes('‹ 中通 ›'));
  await press(screen, KEYS.down);
  await waitForFrame(screen, (frame) => fieldLine(frame, '运单号').startsWith('>'));
  await typeInto(screen, '运单号', trackingNo);

  await press(screen, KEYS.f10);
  await waitForFrame(screen, (frame) => frame.includes(`确认出库 ${count} 件？承运商：中通，运单号：${trackingNo}`));
  await press(screen, KEYS.enter);
  await waitForFrame(screen, (frame) => frame.includes(`共 ${count} 件。出库清单已送打印`));
}

/** Return batch (F3) of one work card scanned as one chunk, shipped with 中通. */
export async function sendReturnBatch(screen: Screen, ticketNo: string, trackingNo: string): Promise<void> {
  await openReturnBatch(screen);
  await scan(screen, ticketNo);
  await waitForFrame(screen, (frame) => frame.includes('出库清单：1 件') && frame.includes(ticketNo));
  await shipListedBatch(screen, 1, trackingNo);
}

/**
 * Arrival (F4): scan the work card and confirm with F10. The parcel contains every ticket the
 * store expects, so the screen confirms without a prompt.
 */
export async function confirmArrival(screen: Screen, ticketNo: string): Promise<void> {
  await press(screen, KEYS.f4);
  await waitForFrame(screen, (frame) => frame.includes('尚未扫描') && fieldLine(frame, '工单号').startsWith('>'));
  await scan(screen, ticketNo);
  await waitForFrame(screen, (frame) => frame.includes(`${ticketNo} 可到货`));

  await press(screen, KEYS.f10);
  await waitForFrame(screen, (frame) => frame.includes('1 件已到货，请通知顾客取件'));
}

/** Pickup (F5): scan the customer's receipt, type the phone's last four digits, F10. */
export async function handOver(screen: Screen, ticketNo: string, phoneLastFour: string): Promise<void> {
  await press(screen, KEYS.f5);
  await waitForFrame(screen, (frame) => fieldLine(frame, '单号或电话').startsWith('>'));
  await scan(screen, ticketNo);
  await waitForFrame(screen, (frame) => fieldLine(frame, '手机后四位').startsWith('>'));
  await typeInto(screen, '手机后四位', phoneLastFour);

  await press(screen, KEYS.f10);
  await waitForFrame(screen, (frame) => frame.includes(`${ticketNo} 已取回，取件凭条已送打印`));
}

/** Pickup (F5) of a pre-sale item: scan its work card, F10 puts it back on the shelf. */
export async function returnToStock(screen: Screen, ticketNo: string): Promise<void> {
  await press(screen, KEYS.f5);
  await waitForFrame(screen, (frame) => fieldLine(frame, '单号或电话').startsWith('>'));
  await scan(screen, ticketNo);
  await waitForFrame(screen, (frame) => frame.includes('售前单没有顾客取回'));

  await press(screen, KEYS.f10);
  await waitForFrame(screen, (frame) => frame.includes(`${ticketNo} 已退回库存`));
}

/**
 * Search (F6) with one text filter, then open the only result with Enter. Returns the frame of
 * the ticket detail once its timeline shows.
 */
export async function openTicketBySearch(screen: Screen, label: string, value: string, ticketNo: string): Promise<string> {
  await press(screen, KEYS.f6);
  await waitForFrame(screen, (frame) => fieldLine(frame, '开始日期').startsWith('>'));
  await focusField(screen, label);
  await typeInto(screen, label, value);

  await press(screen, KEYS.f10);
  await waitForFrame(screen, (frame) => frame.includes('找到 1 张售后单。') && frame.includes(ticketNo));
  await press(screen, KEYS.enter);
  return waitForFrame(screen, (frame) => frame.includes('售后单详情') && frame.includes('处理记录') && frame.includes(`${ticketNo}  `));
}
