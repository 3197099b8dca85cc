import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useDetectedProduct } from '../../../extension/features/use-detected-product';

function Probe({ ctx }: { ctx: ContentScriptContext }) {
  const product = useDetectedProduct(ctx);
  return <output data-testid="probe">{product ? `${product.productId}|${product.title}|${product.priceFen}` : 'none'}</output>;
}

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('test');
});
afterEach(() => {
  cleanup();
  ctx.abort();
  document.body.innerHTML = '';
});

// happy-dom's own hook for moving the test page to another origin.
const setPageUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

const probe = () => screen.getByTestId('probe').textContent;

describe('useDetectedProduct', () => {
  it('picks up a price the shop renders after load', async () => {
    setPageUrl('https://item.jd.com/100012043978.html');
    document.body.innerHTML = '<div class="sku-name">AirPods Pro</div><div class="p-price"><span class="price">加载中</span></div>';
    render(<Probe ctx={ctx} />);
    expect(probe()).toBe('100012043978|AirPods Pro|null');
    document.querySelector('.price')!.textContent = '1499.00';
    await waitFor(() => expect(probe()).toBe('100012043978|AirPods Pro|149900'));
  });

  it('follows single-page navigation to another product and off product pages', async () => {
    setPageUrl('https://item.m.jd.com/product/100012043978.html');
    document.body.innerHTML = '<div class="sku-name">AirPods Pro</div>';
    render(<Probe ctx={ctx} />);
    expect(probe()).toMatch(/^100012043978\|/);

    history.pushState({}, '', '/product/10093789012.html');
    document.querySelector('.sku-name')!.textContent = '小米14';
    await waitFor(() => expect(probe()).toBe('10093789012|小米14|null'), { timeout: 3000 });

    history.pushState({}, '', '/search?keyword=x');
    await waitFor(() => expect(probe()).toBe('none'), { timeout: 3000 });
  });
});
