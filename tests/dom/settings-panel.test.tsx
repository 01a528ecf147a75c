// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPanel } from '../../components/SettingsPanel';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-model';
import { lookup } from './en-messages';

const t = lookup('en');
afterEach(cleanup);

const base: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['blocked.example', 'other.example'] };

function show(settings: Settings = base, host: string | null = 'news.example') {
  const onChange = vi.fn<(s: Settings) => Promise<void>>(async () => undefined);
  render(<SettingsPanel settings={settings} host={host} t={t} onChange={onChange} />);
  return onChange;
}

describe('SettingsPanel', () => {
  it('shows the current values', () => {
    show({ ...base, enabled: false, highlightStyle: 'underline', trigger: 'click' });
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Highlight mentions on web pages' }).checked).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Wavy underline/ }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Underline and background/ }).checked).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'When I click a highlight' }).checked).toBe(true);
  });

  it('turns the extension off everywhere and keeps the rest', () => {
    const onChange = show();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Highlight mentions on web pages' }));
    expect(onChange).toHaveBeenCalledWith({ ...base, enabled: false });
  });

  it('saves the chosen highlight style', () => {
    const onChange = show();
    fireEvent.click(screen.getByRole('radio', { name: /Background colour/ }));
    expect(onChange).toHaveBeenLastCalledWith({ ...base, highlightStyle: 'background' });
  });

  it('saves the chosen card trigger', () => {
    const onChange = show();
    fireEvent.click(screen.getByRole('radio', { name: 'When I click a highlight' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...base, trigger: 'click' });
  });

  it('lists the sites that are off, each with a button that turns it back on', () => {
    const onChange = show();
    const items = document.querySelectorAll('.site-list li');
    expect([...items].map((li) => li.getAttribute('data-site'))).toEqual(['blocked.example', 'other.example']);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for other.example' }));
    expect(onChange).toHaveBeenCalledWith({ ...base, disabledSites: ['blocked.example'] });
  });

  it('turns it off on the current site when the site is known', () => {
    const onChange = show(base, 'www.News.example');
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on news.example' }));
    expect(onChange).toHaveBeenCalledWith({ ...base, disabledSites: ['blocked.example', 'other.example', 'news.example'] });
  });

  it('has no "turn off here" button when the site is unknown or already off', () => {
    show(base, null);
    expect(screen.queryByRole('button', { name: /^Turn off on/ })).toBeNull();
    cleanup();
    show(base, 'blocked.example');
    expect(screen.queryByRole('button', { name: /^Turn off on/ })).toBeNull();
  });

  it('says when no site is off', () => {
    show({ ...DEFAULT_SETTINGS }, null);
    expect(screen.getByText('No site is turned off.')).toBeTruthy();
  });

  it('confirms a save in a polite live region', async () => {
    show();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('radio', { name: 'When I click a highlight' }));
    await waitFor(() => expect(status.textContent).toBe('Saved. Open tabs update at once.'));
  });
});
