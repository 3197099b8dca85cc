import { html } from 'hono/html';
import { pageLayout } from './layout';

/** The page a person lands on after Taobao's authorise page: it worked (and what it registered), or why not. */
export const bindingDonePage = (input: { accountName: string; relationId: string; attributedOrders: number }) =>
  pageLayout(
    '绑定成功 · 淘宝渠道',
    '',
    html`<h1 data-testid="binding-result">淘宝渠道绑定成功</h1>
      <p>淘宝账号 <strong>${input.accountName || '（未提供名称）'}</strong> 已登记为你的推广渠道（渠道 ID ${input.relationId}）。</p>
      <p>以后用这个淘宝账号下的订单会直接算到你名下，不再只靠点击时间。${input.attributedOrders > 0 ? html`已找回 ${input.attributedOrders} 笔等待归属的订单。` : ''}</p>
      <p>可以关闭此页，回到带货插件。</p>`,
  );

export const bindingFailedPage = (reason: string) =>
  pageLayout('没有绑定 · 淘宝渠道', '', html`<h1 data-testid="binding-result">没有绑定淘宝渠道</h1><p data-testid="binding-reason">${reason}</p>`);
