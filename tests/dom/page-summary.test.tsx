// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSummary, type PageSummaryProps } from '../../components/PageSummary';
import type { PageState } from '../../components/page-state';
import type { MentionSummary } from '../../utils/messages';
import { lookup } from './en-messages';

const t = lookup('en');
afterEach(cleanup);

const mentions: MentionSummary[] = [
  { index: 0, aspect: 'numbers', phrase: 'North Korean troops', before: 'Officials say ', after: ' have reached Kursk.' },
  { index: 1, aspect: 'casualties', phrase: 'North Korean fighters', before: 'Hundreds of the ', after: ' were killed.' },
  { index: 2, aspect: 'captives', phrase: 'captured North Korean soldiers', before: 'Two ', after: ' spoke to reporters.' },
];

function show(state: PageState, extra: Partial<PageSummaryProps> = {}) {
  const props: PageSummaryProps = {
    state,
    t,
    onFocus: vi.fn(),
    onTurnOn: vi.fn(),
    onTurnOnSite: vi.fn(),
    onGrantAccess: vi.fn(),
    onOpenSettings: vi.fn(),
    ...extra,
  };
  const view = render(<PageSummary {...props} />);
  return { ...view, props };
}

const ready = (over: Partial<Extract<PageState, { kind: 'ready' }>> = {}): PageState => ({
  kind: 'ready',
  total: 3,
  byAspect: [
    { aspect: 'numbers', count: 1 },
    { aspect: 'casualties', count: 1 },
    { aspect: 'captives', count: 1 },
  ],
  mentions,
  host: 'news.example',
  ...over,
});

describe('PageSummary with mentions', () => {
  it('shows the total and the count of every aspect', () => {
    const { container } = show(
      ready({
        total: 5,
        byAspect: [
          { aspect: 'numbers', count: 4 },
          { aspect: 'units', count: 1 },
        ],
      }),
    );
    expect(screen.getByText('Mentions on this page: 5')).toBeTruthy();
    const chips = [...container.querySelectorAll('.aspects li')].map((li) => li.textContent);
    expect(chips).toEqual(['Troop numbers 4', 'Units 1']);
  });

  it('lists every mention as a button with its phrase emphasised inside the sentence', () => {
    const { container } = show(ready());
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(3);
    const marks = [...container.querySelectorAll('.mentions mark')].map((m) => m.textContent);
    expect(marks).toEqual(mentions.map((m) => m.phrase));
    expect(buttons[0].textContent).toContain('Officials say North Korean troops have reached Kursk.');
    expect(buttons[2].querySelector('.mention-aspect')?.textContent).toBe('Captured soldiers');
  });

  it('sends the index of the mention that was clicked', () => {
    const onFocus = vi.fn();
    show(ready(), { onFocus });
    fireEvent.click(screen.getAllByRole('button')[1]);
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(onFocus).toHaveBeenCalledWith(1);
  });

  it('says how many mentions sit in embedded frames and are not listed', () => {
    show(ready({ total: 7 }));
    expect(screen.getByText('Mentions on this page: 7')).toBeTruthy();
    expect(screen.getByText('Not listed: 4 in frames embedded in this page.')).toBeTruthy();
  });

  it('never shows a count lower than the list while the badge catches up', () => {
    show(ready({ total: 0 }));
    expect(screen.getByText('Mentions on this page: 3')).toBeTruthy();
  });

  it('cuts long snippets at whole words and marks the cut', () => {
    const long = 'word '.repeat(20);
    show(ready({ mentions: [{ index: 0, aspect: 'general', phrase: 'KPA units', before: 'xx' + long, after: long + 'yy' }], total: 1 }));
    const text = screen.getByRole('button').textContent ?? '';
    expect(text.startsWith('The deployment…word')).toBe(true);
    expect(text.endsWith('word…')).toBe(true);
    expect(text).not.toContain('xx');
    expect(text).not.toContain('yy');
  });
});

describe('PageSummary empty states', () => {
  it('says so when the page has no mention', () => {
    const { container } = show(ready({ total: 0, mentions: [], byAspect: [] }));
    expect(screen.getByText(/No mention of North Korean troops/)).toBeTruthy();
    expect(container.querySelector('.mentions')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('explains pages the extension cannot read, and that a reload may help', () => {
    show({ kind: 'unavailable' });
    expect(screen.getByText('Kursk Context cannot read this page.')).toBeTruthy();
    expect(screen.getByText(/PDF viewer/).textContent).toMatch(/reload the page/);
  });

  it('offers to turn the extension back on when it is off everywhere', () => {
    const onTurnOn = vi.fn();
    show({ kind: 'off-everywhere' }, { onTurnOn });
    expect(screen.getByText('Kursk Context is turned off.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn it on' }));
    expect(onTurnOn).toHaveBeenCalledTimes(1);
  });

  it('offers to turn it back on for this site when the site is known', () => {
    const onTurnOnSite = vi.fn();
    show({ kind: 'off-site', host: 'news.example' }, { onTurnOnSite });
    expect(screen.getByText('Kursk Context is turned off on this site.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn it on for news.example' }));
    expect(onTurnOnSite).toHaveBeenCalledWith('news.example');
  });

  it('points to the list of sites when the site is not known', () => {
    const onOpenSettings = vi.fn();
    show({ kind: 'off-site', host: null }, { onOpenSettings });
    expect(screen.getByText(/list of sites under Settings/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });

  it('asks for access to websites when it was withheld', () => {
    const onGrantAccess = vi.fn();
    show({ kind: 'no-access' }, { onGrantAccess });
    expect(screen.getByText('Kursk Context has no access to websites.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to websites' }));
    expect(onGrantAccess).toHaveBeenCalledTimes(1);
  });

  it('shows a status while it looks', () => {
    show({ kind: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('Looking at this page…');
  });
});
