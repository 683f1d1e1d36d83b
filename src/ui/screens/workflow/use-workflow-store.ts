import { useState } from 'react';
import { useApp, type AppContextValue } from '../../app-context.js';
import type { WorkflowStoreDeps } from '../../stores/workflow-store-deps.js';

/** Stores kept for the app's lifetime, per app and per name. */
const keptStores = new WeakMap<AppContextValue['navigation'], Map<string, unknown>>();

/**
 * Return the store of a workflow screen, built from the app's service and the signed-in clerk. With
 * `keepAs`, the store outlives the screen: a parcel half scanned stays listed while the clerk
 * looks at help or a ticket and comes back. Without it, each visit starts fresh.
 */
export function useWorkflowStore<S>(create: (deps: WorkflowStoreDeps) => S, keepAs?: string): S {
  const { service, session, navigation } = useApp();

  const [store] = useState(() => {
    const appStores = keptStores.get(navigation) ?? new Map<string, unknown>();
    keptStores.set(navigation, appStores);
    if (keepAs !== undefined && appStores.has(keepAs)) return appStores.get(keepAs) as S;

    const created = create({
      service,
      session: () => {
        const current = session.getState().session;
        if (!current) throw new Error('workflow action without a signed-in operator');
        return current;
      },
    });
    if (keepAs !== undefined) appStores.set(keepAs, created);
    return created;
  });
  return store;
}
