import { browser, type Browser } from 'wxt/browser';
import { isEnvelope, type Envelope, type MessageType } from './protocol';
import { handlers } from './handlers';

/** Answers protocol messages from our own extension's pages and content scripts; ignores everything else. */
export function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
  const { type, payload } = message as Envelope<MessageType>;
  const handler = handlers[type] as (request: typeof payload, sender: Browser.runtime.MessageSender) => Promise<unknown>;
  return handler(payload, sender);
}

export function listenForMessages(): void {
  browser.runtime.onMessage.addListener(handleMessage);
}
