import type { InputEvent } from '../../scanning/types.js';

/**
 * Layers that receive input, highest first: a focused field gets a key before its dialog, the
 * dialog before its screen, the screen before the app's global keys.
 */
export const INPUT_LAYERS = { global: 0, screen: 10, dialog: 20, field: 30 } as const;
export type InputLayer = keyof typeof INPUT_LAYERS;

/** Return true when the event was used, so lower layers do not see it. */
export type InputHandler = (event: InputEvent) => boolean | void;

interface Subscription {
  handler: InputHandler;
  priority: number;
  order: number;
}

/** Router that passes each input event to subscribed handlers in layer order until one consumes it. */
export class InputBus {
  private readonly subscriptions = new Set<Subscription>();
  private nextOrder = 0;

  subscribe(handler: InputHandler, layer: InputLayer): () => void {
    const subscription: Subscription = { handler, priority: INPUT_LAYERS[layer], order: this.nextOrder++ };
    this.subscriptions.add(subscription);
    return () => {
      this.subscriptions.delete(subscription);
    };
  }

  /** Deliver one event. Returns whether any handler consumed it. */
  dispatch(event: InputEvent): boolean {
    // Within a layer the newest subscriber wins: a dialog opened later sits on top.
    const ordered = [...this.subscriptions].sort((a, b) => b.priority - a.priority || b.order - a.order);
    for (const subscription of ordered) {
      if (subscription.handler(event) === true) return true;
    }
    return false;
  }
}
