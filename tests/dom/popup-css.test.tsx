// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The popup's colours, read from popup.css itself, against WCAG 2.1 AA: 4.5:1 for text,
// 3:1 for control borders and the focus ring. Both schemes.
const css = readFileSync(resolve(import.meta.dirname, '../../components/popup.css'), 'utf8');

function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}
const light = palette(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = palette(css.slice(css.indexOf('@media (prefers-color-scheme: dark)')));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// [foreground, background, minimum]: every pairing the stylesheet uses.
const PAIRS: Array<[string, string, number]> = [
  ['fg', 'bg', 4.5],
  ['fg', 'chip', 4.5],
  ['fg', 'mark', 4.5],
  ['fg', 'line', 4.5], // a hovered button
  ['muted', 'bg', 4.5],
  ['muted', 'chip', 4.5], // hints inside a notice
  ['accent', 'bg', 4.5], // links, aspect names, the title
  ['accent', 'chip', 4.5],
  ['on-accent', 'accent', 4.5], // primary buttons
  ['control', 'bg', 3],
  ['control', 'chip', 3],
  ['focus', 'bg', 3],
  ['focus', 'chip', 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('popup colours, %s', (_name, colours) => {
  it('defines every colour it is checked for', () => {
    for (const [fg, bg] of PAIRS) {
      expect(colours[fg], fg).toMatch(/^#/);
      expect(colours[bg], bg).toMatch(/^#/);
    }
  });

  it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, min) => {
    expect(contrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(min);
  });
});
