import { defineBackground } from 'wxt/utils/define-background';
import { registerContextMenu } from '../features/context-menu';
import { listenForMessages } from '../messaging/listen';

export default defineBackground(() => {
  listenForMessages();
  registerContextMenu();
});
