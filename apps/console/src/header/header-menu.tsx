import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';

/**
 * A button that shows and hides a panel of links and buttons under the header — the WAI-ARIA
 * disclosure pattern, not `role="menu"`: the panel holds ordinary controls, reached with Tab.
 * Opening moves focus to the panel's first control. Escape or using a control in the panel closes
 * it and gives focus back to the button; a tap outside or tabbing out of it closes it too (focus
 * moved by the page itself does not).
 */
export function HeaderMenu({
  label,
  icon,
  showLabel,
  children,
}: {
  /** The button's name, e.g. "Menu" or "Akun". */
  label: string;
  icon: ReactNode;
  /** False on a phone: the icon alone is shown, the name is still read out. */
  showLabel: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('a[href], button, select, input')?.focus();
    const outside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, close]);

  // Only Tab out of the panel closes it: a page that moves focus itself (a wizard step focusing its
  // heading as it loads) must not shut the menu under the user's thumb.
  const tabbing = useRef(false);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    tabbing.current = event.key === 'Tab';
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  };
  // A link followed or a button pressed in the panel has done its work: the panel goes away.
  const onPanelClick = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest('a[href], button')) close(true);
  };
  return (
    <div
      ref={wrapper}
      className="header-menu"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (open && tabbing.current && next && !wrapper.current?.contains(next)) close(false);
        tabbing.current = false;
      }}
    >
      <button
        ref={button}
        type="button"
        className={showLabel ? 'header-menu__button' : 'header-menu__button header-menu__button--icon'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true" className="header-menu__icon">
          {icon}
        </span>
        <span className={showLabel ? undefined : 'visually-hidden'}>{label}</span>
      </button>
      <div ref={panel} id={panelId} className="header-menu__panel" hidden={!open} onClick={onPanelClick}>
        {children}
      </div>
    </div>
  );
}
