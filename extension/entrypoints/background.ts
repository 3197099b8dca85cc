import { defineBackground } from 'wxt/utils/define-background';
import { listenForMessages } from '../messaging/listen';

export default defineBackground(() => {
  listenForMessages();
});
