// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyFigures } from '../../components/KeyFigures';
import { keyFigures, type SheetTarget } from '../../utils/key-figures';
import { lookup } from './en-messages';

afterEach(cleanup);
const rows = keyFigures();

function show(locale = 'en') {
  const onOpen = vi.fn<(target: SheetTarget) => void>();
  const view = render(<KeyFigures rows={rows} t={lookup(locale)} onOpen={onOpen} />);
  const text = (key: string) => view.container.querySelector(`.key-row[data-key="${key}"]`)?.textContent ?? '';
  return { ...view, onOpen, text };
}

describe('KeyFigures', () => {
  it('shows each row as the sheet words it, with the label that says how firm it is', () => {
    const { text } = show();
    expect(screen.getByRole('heading', { name: 'Key figures in the reference article' })).toBeTruthy();
    expect(text('troops')).toBe('Troopsover 11,000 troops (later figure)Reported; over 10,000 troops (initial estimate)Estimate');
    expect(text('where')).toBe("WhereKursk regionThe article's own words");
    expect(text('losses')).toBe('Lossesover 100 fatalities; approximately 1,000 injured, shortly after arrivalReported');
    expect(text('since')).toBe('Since whenNot stated: the article gives no date');
    expect(text('unconfirmed')).toBe('UnconfirmedThese numbers are reported or estimated by unnamed sources; the article does not confirm them.');
  });

  it('speaks the reader’s language, numbers included', () => {
    const { text } = show('ko');
    expect(text('troops')).toContain('병력 11,000명 이상(이후 수치)');
    expect(text('troops')).toContain('보도된 내용');
    expect(text('where')).toContain('쿠르스크 지역');
    expect(text('unconfirmed')).toContain('확인하지 않습니다');
  });

  it('makes every row a button that opens its target in the sheet', () => {
    const { onOpen } = show();
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(5);
    buttons.forEach((b) => fireEvent.click(b));
    expect(onOpen.mock.calls.map(([target]) => target)).toEqual([
      { kind: 'fact', id: 'troops-over-11000' },
      { kind: 'fact', id: 'kursk-counteroffensive' },
      { kind: 'fact', id: 'casualties-killed' },
      { kind: 'source' },
      { kind: 'caveat', id: 'figures-unconfirmed' },
    ]);
  });
});
