import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/index.js';
import { Banner } from '../../src/ui/components/Banner.js';
import { KeyHints } from '../../src/ui/components/KeyHints.js';
import { InputProvider, useDeskInput } from '../../src/ui/input/InputProvider.js';
import { commandForEvent, GLOBAL_COMMANDS, keyLabel, useCommands, type KeyCommand } from '../../src/ui/keymap.js';
import { KEYS, plainFrame, waitForFrame, writeKeys } from '../support/ink.js';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');

afterEach(() => {
  cleanup();
});

describe('commandForEvent', () => {
  it('matches key events by key', () => {
    expect(commandForEvent(GLOBAL_COMMANDS, { kind: 'key', key: 'f2' })).toBe('app.intake');
    expect(commandForEvent(GLOBAL_COMMANDS, { kind: 'key', key: 'escape' })).toBe('app.back');
  });

  it('ignores unbound keys, text and scans', () => {
    expect(commandForEvent(GLOBAL_COMMANDS, { kind: 'key', key: 'f9' })).toBeNull();
    expect(commandForEvent(GLOBAL_COMMANDS, { kind: 'text', text: 'f2' })).toBeNull();
    expect(commandForEvent(GLOBAL_COMMANDS, { kind: 'scan', code: 'F2' })).toBeNull();
  });
});

describe('GLOBAL_COMMANDS', () => {
  it('binds each key once', () => {
    const keys = GLOBAL_COMMANDS.map((command) => command.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has labels in both languages', () => {
    for (const command of GLOBAL_COMMANDS) {
      expect(zh(command.labelKey)).not.toBe(command.labelKey);
      expect(en(command.labelKey)).not.toBe(command.labelKey);
    }
  });
});

describe('keyLabel', () => {
  it('names keys as printed on keyboards', () => {
    expect(keyLabel('f1')).toBe('F1');
    expect(keyLabel('f12')).toBe('F12');
    expect(keyLabel('escape')).toBe('Esc');
    expect(keyLabel('enter')).toBe('Enter');
    expect(keyLabel('tab')).toBe('Tab');
  });
});

describe('KeyHints', () => {
  it('renders keys with translated labels', () => {
    const instance = render(<KeyHints commands={GLOBAL_COMMANDS.slice(0, 3)} t={zh} />);
    expect(plainFrame(instance)).toBe('F1 帮助  F2 送修  F3 返修出库');
  });

  it('renders English labels', () => {
    const instance = render(<KeyHints commands={GLOBAL_COMMANDS.slice(0, 2)} t={en} />);
    expect(plainFrame(instance)).toBe('F1 Help  F2 Intake');
  });
});

describe('Banner', () => {
  it('prefixes the kind in words', () => {
    const error = render(<Banner kind="error" message="打印机未连接。" t={zh} />);
    expect(plainFrame(error)).toBe('[错误] 打印机未连接。');

    const info = render(<Banner kind="info" message="已保存。" t={zh} />);
    expect(plainFrame(info)).toBe('[提示] 已保存。');
  });

  it('renders nothing without a message', () => {
    const instance = render(
      <Box>
        <Text>before</Text>
        <Banner kind="warning" message={null} t={zh} />
      </Box>,
    );
    expect(plainFrame(instance)).toBe('before');
  });
});

interface Probe {
  commands: string[];
  fallthrough: string[];
}

function CommandScreen({ commands, probe, consume }: { commands: readonly KeyCommand[]; probe: Probe; consume: boolean }) {
  useCommands(commands, (id) => {
    probe.commands.push(id);
    return consume ? undefined : false;
  });
  useDeskInput(
    (event) => {
      probe.fallthrough.push(event.kind === 'key' ? event.key : event.kind);
      return true;
    },
    { layer: 'global' },
  );

  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return <Text>{ready ? 'ready' : 'mounting'}</Text>;
}

async function renderCommands(consume: boolean) {
  const probe: Probe = { commands: [], fallthrough: [] };
  const instance = render(
    <InputProvider>
      <CommandScreen commands={GLOBAL_COMMANDS} probe={probe} consume={consume} />
    </InputProvider>,
  );
  await waitForFrame(instance, (frame) => frame === 'ready');
  return { instance, probe };
}

describe('useCommands', () => {
  it('F2 as ESC O Q runs app.intake', async () => {
    const { instance, probe } = await renderCommands(true);

    await writeKeys(instance.stdin, KEYS.f2);
    await waitForFrame(instance, () => probe.commands.length > 0);

    expect(probe.commands).toEqual(['app.intake']);
    expect(probe.fallthrough).toEqual([]);
  });

  it('every F-key form reaches its command', async () => {
    const { instance, probe } = await renderCommands(true);

    // xterm F1, VT220 F3, Linux console F4, rxvt F5 with Shift, xterm F12 with Ctrl, lone Esc.
    await writeKeys(instance.stdin, '\u001BOP', '\u001B[13~', '\u001B[[D', '\u001B[15$', '\u001B[24;5~', KEYS.escape);
    await waitForFrame(instance, () => probe.commands.length >= 6);

    expect(probe.commands).toEqual(['app.help', 'app.return_batch', 'app.arrival', 'app.pickup', 'app.lock', 'app.back']);
  });

  it('false passes the key on', async () => {
    const { instance, probe } = await renderCommands(false);

    await writeKeys(instance.stdin, KEYS.f6, 'x');
    await waitForFrame(instance, () => probe.fallthrough.length >= 2);

    expect(probe.commands).toEqual(['app.search']);
    expect(probe.fallthrough).toEqual(['f6', 'text']);
  });
});
