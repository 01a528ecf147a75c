import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
}

// A tab list after the WAI-ARIA pattern: Tab reaches the selected tab, the arrow keys (and
// Home/End) move between tabs and select them, Tab again goes into the panel.
export function PopupTabs<K extends string>({
  tabs,
  selected,
  label,
  onSelect,
  children,
}: {
  tabs: TabSpec<K>[];
  selected: K;
  label: string;
  onSelect: (key: K) => void;
  children: ComponentChildren;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent, at: number) => {
    const last = tabs.length - 1;
    // In a right-to-left layout the next tab is to the left.
    const rtl = list.current ? getComputedStyle(list.current).direction === 'rtl' : false;
    const key = rtl && e.key === 'ArrowLeft' ? 'ArrowRight' : rtl && e.key === 'ArrowRight' ? 'ArrowLeft' : e.key;
    const to =
      key === 'ArrowRight'
        ? at === last
          ? 0
          : at + 1
        : key === 'ArrowLeft'
          ? at === 0
            ? last
            : at - 1
          : key === 'Home'
            ? 0
            : key === 'End'
              ? last
              : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(tabs[to].key);
    list.current?.querySelectorAll<HTMLButtonElement>('[role=tab]')[to]?.focus();
  };
  return (
    <>
      <nav aria-label={label}>
        <div role="tablist" class="tabs" ref={list}>
          {tabs.map((tab, i) => (
            <button
              type="button"
              role="tab"
              key={tab.key}
              id={`kc-tab-${tab.key}`}
              aria-selected={tab.key === selected}
              aria-controls="kc-panel"
              tabIndex={tab.key === selected ? 0 : -1}
              onClick={() => onSelect(tab.key)}
              onKeyDown={(e) => move(e, i)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      </nav>
      <main>
        {/* Focusable so that keyboard users can reach and scroll a panel that opens with text. */}
        <div id="kc-panel" role="tabpanel" aria-labelledby={`kc-tab-${selected}`} tabIndex={0}>
          {children}
        </div>
      </main>
    </>
  );
}
