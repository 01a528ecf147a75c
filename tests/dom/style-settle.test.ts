// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { StyleSettle } from '../../entrypoints/content/style-settle';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('StyleSettle', () => {
  it('holds from our change of style until a frame after it has landed', async () => {
    const settle = new StyleSettle(window);
    expect(settle.hold).toBeNull();
    let land = () => {};
    settle.changing(new Promise<void>((resolve) => (land = resolve)));
    const hold = settle.hold;
    expect(hold).not.toBeNull();
    await tick(50);
    expect(settle.hold).toBe(hold); // not landed yet
    let released = false;
    void hold!.load().then(() => (released = true));
    land();
    await tick(400); // a frame, or the fallback wait
    expect(released).toBe(true);
    expect(settle.hold).toBeNull();
  });

  it('holds as long after a change that failed (the sheet then comes another way)', async () => {
    const settle = new StyleSettle(window);
    settle.changing(Promise.reject(new Error('no scripting here')));
    expect(settle.hold).not.toBeNull();
    await tick(400);
    expect(settle.hold).toBeNull();
  });

  it('keeps the latest change: an earlier one landing does not end its hold', async () => {
    const settle = new StyleSettle(window);
    settle.changing(Promise.resolve());
    let land = () => {};
    settle.changing(new Promise<void>((resolve) => (land = resolve)));
    const later = settle.hold;
    await tick(400);
    expect(settle.hold).toBe(later);
    land();
    await tick(400);
    expect(settle.hold).toBeNull();
  });
});
