import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/harness.js';
import {
  demoVariant,
  enterField,
  fieldLine,
  focusField,
  KEYS,
  openWorkflowScreen,
  plainFrame,
  scan,
  typeKeyByKey,
  waitForFrame,
  writeKeys,
  type Screen,
} from './workflow-driver.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

async function openIntake(prepare?: Parameters<typeof openWorkflowScreen>[2]) {
  const opened = await openWorkflowScreen({ screen: 'intake' }, '故障原因', prepare);
  app = opened.app;
  return opened;
}

/** Values of a complete after-sale intake as a stored draft (the screen's draft format). */
function draftValues(overrides: Record<string, string>) {
  const variant = demoVariant(0, 0);
  return {
    version: 1,
    values: {
      type: 'after_sale',
      customerPhone: '13812345678',
      customerName: '张三',
      itemBarcode: variant.barcode,
      styleNo: variant.styleNo,
      productName: variant.name,
      size: variant.size,
      colour: variant.colour,
      quantity: '1',
      purchaseDate: '',
      salesReceiptNo: '',
      defectCode: 'D01',
      defectDescription: '',
      accessories: '',
      requestedOutcome: 'repair',
      ...overrides,
    },
  };
}

async function chooseFirstDefect(screen: Screen): Promise<void> {
  await focusField(screen, '故障原因');
  await writeKeys(screen.stdin, KEYS.right);
  await waitForFrame(screen, (frame) => fieldLine(frame, '故障原因').includes('1/'));
}

describe('IntakeScreen', () => {
  it('saves an after-sale intake typed field by field', async () => {
    const { screen, app } = await openIntake();

    await enterField(screen, '联系电话', '13812345678');
    await enterField(screen, '顾客姓名', '张三');
    await focusField(screen, '款号');
    await enterField(screen, '款号', 'F24-1032');
    await waitForFrame(screen, (frame) => fieldLine(frame, '品名').includes('女士羊毛双面呢大衣'));
    await focusField(screen, '尺码');
    await enterField(screen, '尺码', '165/88A');
    await enterField(screen, '颜色', '深灰');
    await focusField(screen, '购买日期');
    await enterField(screen, '购买日期', '2024-11-02');
    await enterField(screen, '销售小票号', 'S20241102001');
    await chooseFirstDefect(screen);
    await writeKeys(screen.stdin, KEYS.enter);
    await enterField(screen, '故障描述', '左袖口开线');
    await enterField(screen, '随附配件', '防尘袋');
    await writeKeys(screen.stdin, '2');
    await waitForFrame(screen, (frame) => fieldLine(frame, '客户意见').includes('[2 换货]'));
    await writeKeys(screen.stdin, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('小票和工单已送打印'));
    const [ticket] = app.service.search({ phoneDigits: '13812345678' });
    expect(ticket).toBeDefined();
    if (!ticket) return;
    expect(frame).toContain(ticket.ticketNo);
    expect(ticket).toMatchObject({
      type: 'after_sale',
      state: 'received',
      customerName: '张三',
      styleNo: 'F24-1032',
      productName: '女士羊毛双面呢大衣',
      size: '165/88A',
      colour: '深灰',
      quantity: 1,
      purchaseDate: '2024-11-02',
      salesReceiptNo: 'S20241102001',
      defectCode: 'D01',
      defectDescription: '左袖口开线',
      accessories: '防尘袋',
      requestedOutcome: 'exchange',
    });
    expect(app.service.printJobsFor(ticket.ticketNo).map((job) => job.document).sort()).toEqual(['customer_receipt', 'work_card']);
    expect(fieldLine(frame, '联系电话')).not.toContain('13812345678');
    expect(app.service.loadIntakeDraft(app.context.session.getState().session!)).toBeNull();
  });

  it.each([
    { case: 'empty phone', overrides: { customerPhone: '' }, message: '请填写「联系电话」', field: '联系电话' },
    { case: 'invalid phone', overrides: { customerPhone: '12345' }, message: '「联系电话」无效：12345', field: '联系电话' },
    { case: 'empty style', overrides: { styleNo: '' }, message: '请填写「款号」', field: '款号' },
  ])('blocks saving with $case', async ({ overrides, message, field }) => {
    const { screen, app } = await openIntake((created, session) => created.service.saveIntakeDraft(session, draftValues(overrides)));
    await waitForFrame(screen, (frame) => frame.includes('草稿已恢复'));

    await writeKeys(screen.stdin, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes(message));
    expect(fieldLine(frame, field).startsWith('>')).toBe(true);
    expect(app.service.search({})).toEqual([]);
  });

  it('fills the item from a scanned barcode', async () => {
    const variant = demoVariant(3, 2);
    const { screen } = await openIntake();

    await scan(screen, variant.barcode);

    const frame = await waitForFrame(screen, (current) => fieldLine(current, '款号').includes(variant.styleNo));
    expect(fieldLine(frame, '商品条码')).toContain(variant.barcode);
    expect(fieldLine(frame, '品名')).toContain(variant.name);
    expect(fieldLine(frame, '尺码')).toContain(variant.size);
    expect(fieldLine(frame, '颜色')).toContain(variant.colour);
  });

  it('prefills the barcode of the route', async () => {
    const variant = demoVariant(2, 1);
    const opened = await openWorkflowScreen({ screen: 'intake', barcode: variant.barcode }, '故障原因');
    app = opened.app;

    const frame = await waitForFrame(opened.screen, (current) => fieldLine(current, '款号').includes(variant.styleNo));
    expect(fieldLine(frame, '商品条码')).toContain(variant.barcode);
    expect(fieldLine(frame, '尺码')).toContain(variant.size);
  });

  it('restores an unfinished intake as a draft', async () => {
    const { screen, app } = await openIntake();
    await enterField(screen, '联系电话', '13912345678');
    await enterField(screen, '顾客姓名', '李四');
    screen.unmount();

    const again = app.render();

    const frame = await waitForFrame(again, (current) => current.includes('草稿已恢复'));
    expect(fieldLine(frame, '联系电话')).toContain('13912345678');
    expect(fieldLine(frame, '顾客姓名')).toContain('李四');
  });

  it('discards the draft after confirmation', async () => {
    const { screen, app, session } = await openIntake((created, manager) => created.service.saveIntakeDraft(manager, draftValues({})));
    await waitForFrame(screen, (frame) => frame.includes('草稿已恢复'));

    await writeKeys(screen.stdin, KEYS.f9);
    await waitForFrame(screen, (frame) => frame.includes('清空表单并删除草稿？'));
    await writeKeys(screen.stdin, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => current.includes('草稿已清空') && fieldLine(current, '联系电话').startsWith('>'));
    expect(fieldLine(frame, '联系电话')).not.toContain('13812345678');
    expect(fieldLine(frame, '顾客姓名')).not.toContain('张三');
    expect(app.service.loadIntakeDraft(session)).toBeNull();
  });

  it('shows the history of a returning customer', async () => {
    const { screen } = await openIntake((created, session) => {
      created.service.intake(session, { ...draftValues({}).values, quantity: 1 });
    });

    await enterField(screen, '联系电话', '13812345678');

    const frame = await waitForFrame(screen, (current) => current.includes('以往送修 1 单'));
    expect(fieldLine(frame, '顾客姓名')).toContain('张三');
  });

  it('saves a pre-sale intake without customer', async () => {
    const variant = demoVariant(1, 0);
    const { screen, app } = await openIntake();

    await writeKeys(screen.stdin, KEYS.up);
    await waitForFrame(screen, (frame) => fieldLine(frame, '类型').startsWith('>'));
    await writeKeys(screen.stdin, KEYS.right);
    await waitForFrame(screen, (frame) => fieldLine(frame, '类型').includes('[2 售前]') && !frame.includes('联系电话'));
    await scan(screen, variant.barcode);
    await waitForFrame(screen, (frame) => fieldLine(frame, '款号').includes(variant.styleNo));
    await chooseFirstDefect(screen);
    await writeKeys(screen.stdin, KEYS.f10);

    await waitForFrame(screen, (frame) => frame.includes('维修工单已送打印'));
    const [ticket] = app.service.search({ styleNo: variant.styleNo });
    expect(ticket).toMatchObject({ type: 'pre_sale', customerName: '', customerPhone: '', itemBarcode: variant.barcode });
    expect(plainFrame(screen)).toContain(ticket?.ticketNo);
  });
});

describe('IntakeScreen focus and type', () => {
  it.each([
    { phone: '13912348888', name: '王五' },
    { phone: '021-62345678', name: '赵六' },
  ])('takes $phone typed key by key as the phone', async ({ phone, name }) => {
    const { screen } = await openIntake();
    expect(fieldLine(plainFrame(screen), '联系电话').startsWith('>')).toBe(true);

    await typeKeyByKey(screen, '联系电话', phone);
    await writeKeys(screen.stdin, KEYS.enter);
    await waitForFrame(screen, (frame) => fieldLine(frame, '顾客姓名').startsWith('>'));
    await typeKeyByKey(screen, '顾客姓名', name);

    const frame = plainFrame(screen);
    expect(fieldLine(frame, '类型')).toContain('[1 售后]');
    expect(fieldLine(frame, '联系电话')).toContain(phone);
    expect(fieldLine(frame, '顾客姓名')).toContain(name);
  });

  it('keeps the type on digits and shows the arrow hint', async () => {
    const { screen } = await openIntake();

    await writeKeys(screen.stdin, KEYS.up);
    await waitForFrame(screen, (frame) => fieldLine(frame, '类型').startsWith('>'));
    await writeKeys(screen.stdin, '2');
    const hinted = await waitForFrame(screen, (frame) => frame.includes('用 ←/→ 切换类型'));
    expect(fieldLine(hinted, '类型')).toContain('[1 售后]');
    expect(hinted).toContain('联系电话');

    await writeKeys(screen.stdin, KEYS.right);
    const switched = await waitForFrame(screen, (frame) => fieldLine(frame, '类型').includes('[2 售前]'));
    expect(switched).not.toContain('联系电话');
  });

  it('focuses the phone when opened from a product scan', async () => {
    const variant = demoVariant(2, 1);
    const opened = await openWorkflowScreen({ screen: 'intake', barcode: variant.barcode }, '故障原因');
    app = opened.app;

    const frame = await waitForFrame(opened.screen, (current) => fieldLine(current, '款号').includes(variant.styleNo));
    expect(fieldLine(frame, '联系电话').startsWith('>')).toBe(true);
  });

  it('focuses the phone after a save', async () => {
    const { screen } = await openIntake((created, session) => created.service.saveIntakeDraft(session, draftValues({})));
    await waitForFrame(screen, (frame) => frame.includes('草稿已恢复'));

    await writeKeys(screen.stdin, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('小票和工单已送打印'));
    expect(fieldLine(frame, '联系电话').startsWith('>')).toBe(true);
    expect(fieldLine(frame, '类型')).toContain('[1 售后]');
  });

  it('hides the purchase fields for pre-sale', async () => {
    const { screen, app } = await openIntake((created, session) => {
      created.service.saveIntakeDraft(session, draftValues({ type: 'pre_sale', purchaseDate: '2024-11-02', salesReceiptNo: 'S1' }));
    });

    const frame = await waitForFrame(screen, (current) => current.includes('草稿已恢复'));
    expect(frame).not.toContain('购买日期');
    expect(frame).not.toContain('销售小票号');
    await writeKeys(screen.stdin, KEYS.f10);

    await waitForFrame(screen, (current) => current.includes('维修工单已送打印'));
    const [ticket] = app.service.search({});
    expect(ticket).toMatchObject({ type: 'pre_sale', customerName: '', purchaseDate: '', salesReceiptNo: '' });
  });
});

describe('IntakeScreen error notice', () => {
  it('clears once the named field is filled', async () => {
    const { screen } = await openIntake((created, session) => created.service.saveIntakeDraft(session, draftValues({ customerName: '' })));
    await waitForFrame(screen, (frame) => frame.includes('草稿已恢复'));

    await writeKeys(screen.stdin, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('请填写「顾客姓名」') && fieldLine(frame, '顾客姓名').startsWith('>'));
    await typeKeyByKey(screen, '顾客姓名', '张三');

    expect(plainFrame(screen)).not.toContain('请填写「顾客姓名」');
  });

  it('keeps a notice about another field', async () => {
    const { screen } = await openIntake((created, session) => created.service.saveIntakeDraft(session, draftValues({ customerName: '' })));
    await waitForFrame(screen, (frame) => frame.includes('草稿已恢复'));

    await writeKeys(screen.stdin, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('请填写「顾客姓名」'));
    await focusField(screen, '故障描述');
    await typeKeyByKey(screen, '故障描述', '开线');

    expect(plainFrame(screen)).toContain('请填写「顾客姓名」');
  });

  it('names the quantity range', async () => {
    const { screen, app } = await openIntake((created, session) => created.service.saveIntakeDraft(session, draftValues({ quantity: '0' })));
    await waitForFrame(screen, (frame) => frame.includes('草稿已恢复'));

    await writeKeys(screen.stdin, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('「数量」须为 1 到 99 之间的整数'));
    expect(fieldLine(frame, '数量').startsWith('>')).toBe(true);
    expect(frame).not.toContain('超出允许范围');
    expect(app.service.search({})).toEqual([]);
  });
});

describe('IntakeScreen draft and product scan', () => {
  it('continues the draft on Enter', async () => {
    const scanned = demoVariant(2, 1);
    const draft = draftValues({ customerPhone: '' });
    const opened = await openWorkflowScreen({ screen: 'intake', barcode: scanned.barcode }, '故障原因', (created, session) =>
      created.service.saveIntakeDraft(session, draft),
    );
    app = opened.app;
    const { screen } = opened;
    const prompt = await waitForFrame(screen, (frame) => frame.includes('有未完成的送修草稿（顾客 张三 ）'));
    expect(prompt).toContain('Enter 继续草稿，Esc 放弃草稿并开始新单');

    await writeKeys(screen.stdin, KEYS.enter);
    const frame = await waitForFrame(screen, (current) => current.includes(`扫描的条码「${scanned.barcode}」未填入`));
    expect(frame).not.toContain('有未完成的送修草稿');
    expect(fieldLine(frame, '商品条码')).toContain(draft.values.itemBarcode);
    expect(fieldLine(frame, '款号')).toContain(draft.values.styleNo);
    expect(fieldLine(frame, '顾客姓名')).toContain('张三');
    expect(fieldLine(frame, '联系电话').startsWith('>')).toBe(true);

    await typeKeyByKey(screen, '联系电话', '13700002222');
    expect(fieldLine(plainFrame(screen), '联系电话')).toMatch(/联系电话\s+13700002222(\s|$)/);
  });

  it('discards the draft on Esc', async () => {
    const scanned = demoVariant(2, 1);
    const opened = await openWorkflowScreen({ screen: 'intake', barcode: scanned.barcode }, '故障原因', (created, session) =>
      created.service.saveIntakeDraft(session, draftValues({ customerPhone: '13700001111' })),
    );
    app = opened.app;
    const { screen, session } = opened;
    await waitForFrame(screen, (frame) => frame.includes('有未完成的送修草稿（顾客 张三 13700001111）'));

    await writeKeys(screen.stdin, KEYS.escape);
    const frame = await waitForFrame(screen, (current) => current.includes('草稿已清空') && fieldLine(current, '联系电话').startsWith('>'));
    expect(frame).not.toContain('有未完成的送修草稿');
    expect(fieldLine(frame, '联系电话')).not.toContain('13700001111');
    expect(fieldLine(frame, '顾客姓名')).not.toContain('张三');
    expect(fieldLine(frame, '商品条码')).toContain(scanned.barcode);
    expect(fieldLine(frame, '款号')).toContain(scanned.styleNo);
    expect(fieldLine(frame, '尺码')).toContain(scanned.size);

    await typeKeyByKey(screen, '联系电话', '13700002222');
    expect(fieldLine(plainFrame(screen), '联系电话')).not.toContain('1370000111113700002222');
    const stored = opened.app.service.loadIntakeDraft(session) as { values?: Record<string, string> } | null;
    expect(stored?.values?.['customerName'] ?? '').toBe('');
  });
});
