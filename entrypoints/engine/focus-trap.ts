// Keeps Tab inside the card while it holds focus: the card is a small dialog, and focus
// leaving it silently would strand keyboard users in the page behind.
const FOCUSABLE = 'button, summary, a[href], [tabindex]:not([tabindex="-1"])';

export function trapTab(e: KeyboardEvent, card: HTMLElement): void {
  if (e.key !== 'Tab') return;
  const items = Array.from(card.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('details:not([open]) > :not(summary)'));
  if (items.length === 0) return;
  const root = card.getRootNode(); // the card's shadow root
  const active = 'activeElement' in root ? root.activeElement : null;
  const first = items[0];
  const last = items[items.length - 1];
  if (e.shiftKey && (active === first || active === card)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
