import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, type OptionsActions } from '../../../extension/entrypoints/options/App';
import { DEFAULT_SETTINGS } from '../../../extension/storage/items';
import { makeSummary } from '../factories';

afterEach(cleanup);

const actions = (overrides: Partial<OptionsActions> = {}): OptionsActions => ({
  saveConnection: vi.fn(async () => {}),
  savePreferences: vi.fn(async () => {}),
  test: vi.fn(async () => ({ ok: true as const, data: makeSummary() })),
  requestOrigin: vi.fn(),
  ...overrides,
});

function fill(url: string, key: string) {
  fireEvent.input(screen.getByLabelText(/服务地址|Service address/), { target: { value: url } });
  fireEvent.input(screen.getByLabelText(/你的密钥|Your key/), { target: { value: key } });
}

describe('options page', () => {
  it('puts the connection first, tests it, saves the trimmed values and asks for the service origin', async () => {
    const a = actions();
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{}} browserLanguage="zh-CN" actions={a} />);
    expect(screen.getAllByRole('heading', { level: 2 })[0]!.textContent).toBe('连接');
    fill(' http://127.0.0.1:8787/ ', ' dh_abc ');
    fireEvent.submit(screen.getByRole('button', { name: '连接并保存' }).closest('form')!);
    expect((await screen.findByTestId('options-status')).textContent).toBe('已连接：小王');
    const saved = { workerUrl: 'http://127.0.0.1:8787', apiKey: 'dh_abc', language: 'auto' };
    expect(a.test).toHaveBeenCalledWith(saved);
    expect(a.saveConnection).toHaveBeenCalledWith(saved);
    expect(a.requestOrigin).toHaveBeenCalledWith('http://127.0.0.1:8787');
  });

  it.each([
    ['dh.example.com', 'https://dh.example.com'],
    ['127.0.0.1:8787/', 'http://127.0.0.1:8787'],
    ['localhost:8787', 'http://localhost:8787'],
  ])('completes a bare address %j to %j, shows it and saves it', async (typed, full) => {
    const a = actions();
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{}} browserLanguage="zh-CN" actions={a} />);
    fill(typed, 'dh_abc');
    fireEvent.submit(screen.getByRole('button', { name: '连接并保存' }).closest('form')!);
    await screen.findByTestId('options-status');
    expect(a.saveConnection).toHaveBeenCalledWith({ workerUrl: full, apiKey: 'dh_abc', language: 'auto' });
    expect((screen.getByLabelText(/服务地址/) as HTMLInputElement).value).toBe(full);
  });

  it.each([
    ['http//127.0.0.1:8787', 'dh_abc', 'Enter an address starting with http'],
    ['ftp://example.com', 'dh_abc', 'Enter an address starting with http'],
    ['http://127.0.0.1:8787', '  ', 'Enter your key'],
  ])('refuses %j / %j without saving', async (url, key, message) => {
    const a = actions();
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{}} browserLanguage="en-US" actions={a} />);
    fill(url, key);
    fireEvent.submit(screen.getByRole('button', { name: 'Connect and save' }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(a.saveConnection).not.toHaveBeenCalled();
    expect(a.test).not.toHaveBeenCalled();
  });

  it('a key the service refuses is not saved, and the page says why in Chinese', async () => {
    const a = actions({ test: async () => ({ ok: false, error: { code: 'UNAUTHORIZED', message: 'no' } }) });
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{}} browserLanguage="zh-CN" actions={a} />);
    fill('http://127.0.0.1:8787', 'dh_wrong');
    fireEvent.submit(screen.getByRole('button', { name: '连接并保存' }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('没有保存：密钥不对或已被停用，请向运营方确认。');
    expect(a.saveConnection).not.toHaveBeenCalled();
  });

  it('switches the page language from the selector', () => {
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{}} browserLanguage="en" actions={actions()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Daihuo settings');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('带货 设置');
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
    fireEvent.submit(screen.getByRole('button', { name: '保存文案和语言' }).closest('form')!);
    await screen.findByText('已保存。');
    expect(a.savePreferences).toHaveBeenCalledWith('auto', { jd: '{title} 到手价 {price} 元 {link}' }, true);
    expect(a.test).not.toHaveBeenCalled();
  });

  it('resets a template to the default', () => {
    render(<App initial={DEFAULT_SETTINGS} initialTemplates={{ taobao: '{link}' }} browserLanguage="en" actions={actions()} />);
    expect(screen.getByTestId('preview-taobao').textContent).toBe('https://dh.example/s/Kx7mP3qa');
    fireEvent.click(screen.getAllByRole('button', { name: 'Reset to default' })[0]!);
    expect(screen.getByTestId('preview-taobao').textContent).toMatch(/^【淘宝】纯棉短袖T恤 ¥39.9 券10元\n/);
  });
});
