import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, type OptionsActions } from '../../../extension/entrypoints/options/App';
import { DEFAULT_SETTINGS } from '../../../extension/storage/items';
import { makeSummary } from '../factories';

afterEach(cleanup);

const actions = (overrides: Partial<OptionsActions> = {}): OptionsActions => ({
  save: vi.fn(async () => {}),
  test: vi.fn(async () => ({ ok: true as const, data: makeSummary() })),
  ...overrides,
});

function fill(url: string, key: string) {
  fireEvent.input(screen.getByLabelText(/Worker/), { target: { value: url } });
  fireEvent.input(screen.getByLabelText(/API/), { target: { value: key } });
}

describe('options page', () => {
  it('saves trimmed settings and confirms who the key belongs to', async () => {
    const a = actions();
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{}} browserLanguage="zh-CN" actions={a} />);
    fill(' http://127.0.0.1:8787/ ', ' dh_abc ');
    fireEvent.submit(screen.getByRole('button', { name: '保存并测试连接' }).closest('form')!);
    expect((await screen.findByTestId('options-status')).textContent).toBe('已连接：小王');
    expect(a.save).toHaveBeenCalledWith({ workerUrl: 'http://127.0.0.1:8787', apiKey: 'dh_abc', language: 'auto' }, {});
  });

  it.each([
    ['127.0.0.1:8787', 'dh_abc', 'Enter an address starting with http'],
    ['ftp://example.com', 'dh_abc', 'Enter an address starting with http'],
    ['http://127.0.0.1:8787', '  ', 'Enter your API key'],
  ])('refuses %j / %j without saving', async (url, key, message) => {
    const a = actions();
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{}} browserLanguage="en-US" actions={a} />);
    fill(url, key);
    fireEvent.submit(screen.getByRole('button', { name: /Save/ }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(a.save).not.toHaveBeenCalled();
  });

  it('reports a key the Worker refuses', async () => {
    const a = actions({ test: async () => ({ ok: false, error: { code: 'UNAUTHORIZED', message: 'no' } }) });
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{}} browserLanguage="en" actions={a} />);
    fill('http://127.0.0.1:8787', 'dh_wrong');
    fireEvent.submit(screen.getByRole('button', { name: /Save/ }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('The API key is not valid. Check it in settings.');
  });

  it('switches the page language from the selector', () => {
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{}} browserLanguage="en" actions={actions()} />);
    expect(screen.getByRole('heading').textContent).toBe('Daihuo settings');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh' } });
    expect(screen.getByRole('heading').textContent).toBe('Daihuo 设置');
  });
});

describe('share text templates', () => {
  it("edits one platform's template with a live preview and saves only what differs from the default", async () => {
    const a = actions();
    render(
      <App initial={{ ...DEFAULT_SETTINGS, workerUrl: 'http://127.0.0.1:8787', apiKey: 'dh_abc' }} initialTemplates={{}} browserLanguage="zh-CN" actions={a} />,
    );
    fireEvent.input(screen.getByLabelText('京东'), { target: { value: '{title} 到手价 {price} 元 {link}' } });
    expect(screen.getByTestId('preview-jd').textContent).toBe('纯棉短袖T恤 到手价 39.9 元 https://dh.example/s/Kx7mP3qa');
    fireEvent.submit(screen.getByRole('button', { name: '保存并测试连接' }).closest('form')!);
    await screen.findByTestId('options-status');
    expect(a.save).toHaveBeenCalledWith(expect.anything(), { jd: '{title} 到手价 {price} 元 {link}' });
  });

  it('resets a template to the default', () => {
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{ taobao: '{link}' }} browserLanguage="en" actions={actions()} />);
    expect(screen.getByTestId('preview-taobao').textContent).toBe('https://dh.example/s/Kx7mP3qa');
    fireEvent.click(screen.getAllByRole('button', { name: 'Reset to default' })[0]!);
    expect(screen.getByTestId('preview-taobao').textContent).toMatch(/^【淘宝】纯棉短袖T恤 ¥39.9 券10元\n/);
  });
});
