import { createStore } from 'zustand/vanilla';

/** Screens of the counter app and the parameters each one opens with. */
export type Route =
  | { screen: 'setup' }
  | { screen: 'login' }
  | { screen: 'home' }
  | { screen: 'help' }
  /** `barcode` pre-fills the item from a scanned product barcode. */
  | { screen: 'intake'; barcode?: string }
  | { screen: 'return_batch' }
  | { screen: 'arrival' }
  | { screen: 'pickup'; ticketNo?: string }
  | { screen: 'search' }
  | { screen: 'ticket'; ticketNo: string }
  | { screen: 'print_preview'; jobId: number }
  /** Manager screens. A clerk who opens one gets the manager-only message. */
  | { screen: 'settings' }
  | { screen: 'operators' };

export interface NavigationState {
  stack: Route[];
}

export interface NavigationActions {
  /** Open a screen on top of the current one. Esc goes back to it. */
  push(route: Route): void;
  /** Replace the whole stack, e.g. home after login. */
  reset(route: Route): void;
  /** Open a screen straight from home (the stack becomes home and `route`), so Esc returns home. */
  openFromHome(route: Route): void;
  /** Go back one screen. The bottom screen stays. */
  back(): void;
}

export type NavigationStore = ReturnType<typeof createNavigationStore>;

export function createNavigationStore(initial: Route) {
  return createStore<NavigationState & NavigationActions>()((set) => ({
    stack: [initial],
    push: (route) => set((state) => ({ stack: [...state.stack, route] })),
    reset: (route) => set({ stack: [route] }),
    openFromHome: (route) => set({ stack: [{ screen: 'home' }, route] }),
    back: () => set((state) => ({ stack: state.stack.length > 1 ? state.stack.slice(0, -1) : state.stack })),
  }));
}

export function currentRoute(state: NavigationState): Route {
  const route = state.stack[state.stack.length - 1];
  if (!route) throw new Error('navigation stack is empty');
  return route;
}
