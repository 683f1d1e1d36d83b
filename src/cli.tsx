#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { render } from 'ink';
import { createApp } from './app/create-app.js';
import { DEFAULT_DATA_DIR } from './app/paths.js';
import { isDeskError } from './domain/errors.js';
import { createTranslator, describeError, LANGUAGES, type Language } from './i18n/index.js';
import { App } from './ui/App.js';

const USAGE = `service-desk: after-sales counter terminal

Usage: npm start -- [options]

  --lang zh-CN|en        screen language for this run (default: settings, first run zh-CN)
  --data-dir DIR         folder for the database, settings, logs and virtual printer jobs
                         (default: data/runtime in the package)
  --printer CONNECTION   receipt printer for this run: virtual, or tcp://HOST:PORT
  --help                 show this text
`;

function parseCommandLine() {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string' },
      'data-dir': { type: 'string' },
      printer: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const language = values.lang;
  if (language !== undefined && !(LANGUAGES as readonly string[]).includes(language)) {
    throw new Error(`--lang must be one of ${LANGUAGES.join(', ')}; got "${language}"`);
  }
  return {
    help: values.help,
    language: language as Language | undefined,
    dataDir: resolve(values['data-dir'] ?? DEFAULT_DATA_DIR),
    printer: values.printer,
  };
}

async function main(): Promise<void> {
  const options = parseCommandLine();
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (!process.stdin.isTTY) {
    process.stderr.write('service-desk needs an interactive terminal (stdin is not a TTY).\n');
    process.exitCode = 2;
    return;
  }

  const app = await createApp({
    dataDir: options.dataDir,
    ...(options.language ? { language: options.language } : {}),
    ...(options.printer ? { printerConnection: options.printer } : {}),
  });
  // Ink's own Ctrl+C handling unmounts without erasing the last frame, which then stays on the
  // terminal as if the app still ran. App passes Ctrl+C here instead, and the frame is cleared
  // before the unmount (Ink 6.8: clear() after unmount has nothing left to erase).
  const quit = () => {
    instance.clear();
    instance.unmount();
  };
  const instance = render(<App context={app.context} startupNotices={app.startupNotices} onQuit={quit} />, { exitOnCtrlC: false });
  await instance.waitUntilExit();
  process.stdout.write(`${app.context.t('shell.exited')}\n`);
  await app.close();
}

main().catch((error: unknown) => {
  // Before Ink renders there is no screen to show errors on, so they go to stderr.
  const message = isDeskError(error) ? describeError(error, createTranslator('zh-CN')) : String(error instanceof Error ? error.message : error);
  process.stderr.write(`service-desk: ${message}\n`);
  process.exitCode = 1;
});
