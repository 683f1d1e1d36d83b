import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box, Text, useApp as useInkApp } from 'ink';
import { useStore } from 'zustand';
import type { InputEvent } from '../scanning/types.js';
import { AppContext, useApp, type AppContextValue } from './app-context.js';
import { Banner } from './components/Banner.js';
import { StatusBar } from './components/StatusBar.js';
import { QUIT_COMMAND } from './hooks/shell-commands.js';
import { activeGlobalCommands, useGlobalCommands } from './hooks/use-global-commands.js';
import { useGlobalScan } from './hooks/use-global-scan.js';
import { useIdleLock } from './hooks/use-idle-lock.js';
import { ShellNoticeContext, type ShellNotice, type ShellNoticeController } from './hooks/use-shell-notice.js';
import { InputProvider } from './input/InputProvider.js';
import { commandForEvent } from './keymap.js';
import { ArrivalScreen } from './screens/ArrivalScreen.js';
import { HelpScreen } from './screens/HelpScreen.js';
import { HomeScreen } from './screens/HomeScreen.js';
import { IntakeScreen } from './screens/IntakeScreen.js';
import { LoginScreen } from './screens/LoginScreen.js';
import { OperatorsScreen } from './screens/OperatorsScreen.js';
import { PickupScreen } from './screens/PickupScreen.js';
import { PrintPreviewScreen } from './screens/PrintPreviewScreen.js';
import { ReturnBatchScreen } from './screens/ReturnBatchScreen.js';
import { SearchScreen } from './screens/SearchScreen.js';
import { SettingsScreen } from './screens/SettingsScreen.js';
import { SetupScreen } from './screens/SetupScreen.js';
import { TicketDetailScreen } from './screens/TicketDetailScreen.js';
import { currentRoute, type Route } from './stores/navigation.js';

/** Props of {@link App}. */
export interface AppProps {
  context: AppContextValue;
  /** Paths where an invalid settings file was moved aside at start. Each shows a warning. */
  startupNotices?: readonly string[];
  /**
   * Called on Ctrl+C from any screen. The entry point clears the frame and unmounts. Without
   * it, the app unmounts itself through Ink's exit().
   */
  onQuit?: () => void;
}

/**
 * Render the counter app: providers, the header, the banner area, the current screen and the
 * status bar. Before anyone signs in, it opens set-up on the first run and the login otherwise.
 */
export function App({ context, startupNotices = [], onQuit }: AppProps) {
  // Runs once, before the shell subscribes to the stores, so the first frame is already right.
  useState(() => openStartScreen(context));
  const { exit } = useInkApp();

  // Every event passes here before any screen, so Ctrl+C quits even inside a field or dialog.
  const onActivity = useCallback(
    (event: InputEvent) => {
      if (commandForEvent([QUIT_COMMAND], event) !== null) {
        if (onQuit) onQuit();
        else exit();
        return;
      }
      context.session.getState().touch(context.now().getTime());
    },
    [context, onQuit, exit],
  );

  return (
    <AppContext.Provider value={context}>
      <InputProvider onActivity={onActivity}>
        <AppShell startupNotices={startupNotices} />
      </InputProvider>
    </AppContext.Provider>
  );
}

/** Open set-up on the first run and login otherwise, unless an operator is already signed in (tests). */
function openStartScreen({ service, session, navigation }: AppContextValue): void {
  if (session.getState().session !== null) return;
  navigation.getState().reset(service.needsSetup() ? { screen: 'setup' } : { screen: 'login' });
}

function AppShell({ startupNotices }: { startupNotices: readonly string[] }) {
  const { t, navigation, session, settings } = useApp();
  const route = useStore(navigation, currentRoute);
  const signedIn = useStore(session, (state) => state.session !== null);
  const locked = useStore(session, (state) => state.locked);

  const [notice, setNotice] = useState<ShellNotice | null>(() => startupNotice(startupNotices, t));
  const noticeController = useMemo<ShellNoticeController>(
    () => ({ show: setNotice, clear: () => setNotice(null) }),
    [],
  );
  // A notice belongs to the screen it was shown on.
  useEffect(() => navigation.subscribe(() => setNotice(null)), [navigation]);

  const commands = activeGlobalCommands(signedIn, locked);
  useGlobalCommands(commands);
  useGlobalScan(signedIn && !locked, noticeController);
  useIdleLock(session, settings.idleLockMinutes);

  return (
    <ShellNoticeContext.Provider value={noticeController}>
      <Box flexDirection="column">
        <Header title={t(locked ? 'shell.title.lock' : `shell.title.${route.screen}`)} />
        <Banner kind={notice?.kind ?? 'info'} message={notice?.message ?? null} t={t} />
        <Box flexDirection="column" flexGrow={1}>
          {/* NOTE: the lock unmounts the current screen, so its unsaved local state is lost; the
              intake form keeps a draft and the batch screens keep their stores, which survive. */}
          {locked ? <LoginScreen mode="lock" /> : <RouteScreen route={route} />}
        </Box>
        <StatusBar commands={commands} />
      </Box>
    </ShellNoticeContext.Provider>
  );
}

function startupNotice(paths: readonly string[], t: AppContextValue['t']): ShellNotice | null {
  if (paths.length === 0) return null;
  return { kind: 'warning', message: paths.map((path) => t('shell.settings_recovered', { path })).join(' ') };
}

/**
 * Render the header: app name, store and screen title. The store is read from the service on each render (the
 * shell re-renders on every screen change) because set-up fills it in while the app runs.
 */
function Header({ title }: { title: string }) {
  const { t, service } = useApp();
  const { storeCode, storeName } = service.settings();

  return (
    <Box borderStyle="single" borderTop={false} borderLeft={false} borderRight={false} gap={2}>
      <Text bold>{t('shell.app_name')}</Text>
      {storeCode === '' ? null : <Text>{`${storeCode} ${storeName}`}</Text>}
      <Text color="cyan">{title}</Text>
    </Box>
  );
}

/** Render the screen of a route. Keying by the route's parameter makes a new ticket or job start fresh. */
function RouteScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'setup':
      return <SetupScreen />;
    case 'login':
      return <LoginScreen mode="login" />;
    case 'home':
      return <HomeScreen />;
    case 'help':
      return <HelpScreen />;
    case 'intake':
      return <IntakeScreen key={route.barcode ?? ''} barcode={route.barcode} />;
    case 'search':
      return <SearchScreen />;
    case 'ticket':
      return <TicketDetailScreen key={route.ticketNo} ticketNo={route.ticketNo} />;
    case 'print_preview':
      return <PrintPreviewScreen key={route.jobId} jobId={route.jobId} />;
    case 'return_batch':
      return <ReturnBatchScreen />;
    case 'arrival':
      return <ArrivalScreen />;
    case 'pickup':
      return <PickupScreen key={route.ticketNo ?? ''} ticketNo={route.ticketNo} />;
    case 'settings':
      return <SettingsScreen />;
    case 'operators':
      return <OperatorsScreen />;
  }
}
