import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConvertBox } from '../../../extension/components/ConvertBox';

afterEach(cleanup);

const message = '好价 蓝牙耳机\nhttps://item.jd.com/100012043978.html\nhttps://example.com/about';

describe('文案转链', () => {
  it('sends the whole message with the chosen 淘口令 style, shows the new text, copies it, and says what each span became', async () => {
    const convert = vi.fn(async (text: string) => ({
      ok: true as const,
      data: {
        text: text.replace('https://item.jd.com/100012043978.html', 'https://dh.example/s/Ab3dE5gH7k'),
        items: [
          { source: 'https://item.jd.com/100012043978.html', status: 'converted' as const, code: 'Ab3dE5gH7k', replacement: 'https://dh.example/s/Ab3dE5gH7k' },
          { source: 'https://example.com/about', status: 'not-a-product' as const },
        ],
      },
    }));
    const copy = vi.fn(async () => true);
    render(<ConvertBox lang="zh" actions={{ convert, copy }} />);
    fireEvent.input(screen.getByTestId('convert-text'), { target: { value: message } });
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: '整段转链' }));
    const out = (await screen.findByTestId('converted-text')) as HTMLTextAreaElement;
    expect(convert).toHaveBeenCalledWith(message, 'password');
    expect(out.value).toBe('好价 蓝牙耳机\nhttps://dh.example/s/Ab3dE5gH7k\nhttps://example.com/about');
    expect(copy).toHaveBeenCalledWith(out.value);
    expect(screen.getByRole('status').textContent).toContain('1 / 2');
    expect(screen.getByText('已转换')).toBeTruthy();
    expect(screen.getByText('不是商品')).toBeTruthy();
  });

  it('shows the Worker’s refusal in Chinese and keeps the pasted text to try again', async () => {
    const convert = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'RATE_LIMITED' as const, message: 'Too many codes' },
    }));
    render(<ConvertBox lang="zh" actions={{ convert, copy: vi.fn(async () => true) }} />);
    fireEvent.input(screen.getByTestId('convert-text'), { target: { value: message } });
    fireEvent.click(screen.getByRole('button', { name: '整段转链' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
    expect(screen.getByRole('alert').textContent).not.toMatch(/[A-Za-z]{4,}/);
    expect((screen.getByTestId('convert-text') as HTMLTextAreaElement).value).toBe(message);
  });

  it('converts the text “转链选中文字” brought, once, as it opens', async () => {
    const convert = vi.fn(async (text: string) => ({ ok: true as const, data: { text, items: [] } }));
    render(<ConvertBox lang="zh" actions={{ convert, copy: vi.fn(async () => true) }} initialText={message} />);
    expect(((await screen.findByTestId('converted-text')) as HTMLTextAreaElement).value).toBe(message);
    expect((screen.getByTestId('convert-text') as HTMLTextAreaElement).value).toBe(message);
    expect(convert).toHaveBeenCalledOnce();
    expect(convert).toHaveBeenCalledWith(message, 'link');
  });

  it('sends nothing for an empty box', () => {
    const convert = vi.fn();
    render(<ConvertBox lang="zh" actions={{ convert, copy: vi.fn() }} />);
    fireEvent.click(screen.getByRole('button', { name: '整段转链' }));
    expect(convert).not.toHaveBeenCalled();
  });
});
