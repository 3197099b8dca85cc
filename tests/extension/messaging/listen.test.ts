import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../../extension/messaging/listen';
import { MESSAGE_TYPES } from '../../../extension/messaging/protocol';
import { handlers } from '../../../extension/messaging/handlers';

beforeEach(() => fakeBrowser.reset());

describe('background message handling', () => {
  it('ignores messages from other extensions and unknown message types', () => {
    expect(handleMessage({ type: 'getSummary', payload: null }, { id: 'someone-else' })).toBeUndefined();
    expect(handleMessage({ type: 'deleteEverything', payload: null }, { id: browser.runtime.id })).toBeUndefined();
    expect(handleMessage('getSummary', { id: browser.runtime.id })).toBeUndefined();
  });

  it('answers NOT_CONFIGURED before the options are set, without any network call', async () => {
    const answer = await handleMessage({ type: 'getSummary', payload: null }, { id: browser.runtime.id });
    expect(answer).toEqual({ ok: false, error: { code: 'NOT_CONFIGURED', message: 'Worker URL or API key not set' } });
  });

  it('has exactly one handler per message type', () => {
    expect(Object.keys(handlers).sort()).toEqual([...MESSAGE_TYPES].sort());
  });
});
