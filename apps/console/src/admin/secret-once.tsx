import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { adminText } from './admin-text';

/** A secret the server returned once (a new API key, a webhook's signing secret), and whose it is. */
export interface ShownSecret {
  name: string;
  value: string;
}

/**
 * Either the secret just made, shown this once, or (when there is none, or it was dismissed) the
 * form that makes the next one: the API-key and the webhook tabs both work this way.
 */
export function SecretOrForm({
  secret,
  onDone,
  title,
  warning,
  children,
}: {
  secret: ShownSecret | null;
  onDone(): void;
  title?: string;
  warning?: string;
  children: ReactNode;
}) {
  if (!secret) return <>{children}</>;
  return <SecretOnce name={secret.name} secret={secret.value} title={title} warning={warning} onDone={onDone} />;
}

/**
 * A new secret, shown this once: a warning, a copy button, and a button that dismisses it for good
 * (the server never returns it again). Focus moves to its heading so a screen reader announces it.
 */
export function SecretOnce({
  name,
  secret,
  onDone,
  title,
  warning,
}: {
  name: string;
  secret: string;
  onDone(): void;
  /** The heading (default: a new API key's). */
  title?: string;
  warning?: string;
}) {
  const { text } = useI18n();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section className="panel" aria-labelledby="secret-title">
      <h2 id="secret-title" ref={heading} tabIndex={-1}>
        {title ?? text(adminText('secretTitle'))}: {name}
      </h2>
      <p className="alert alert--warning" role="alert">
        <span aria-hidden="true">⚠ </span>
        {warning ?? text(adminText('secretWarning'))}
      </p>
      <label className="field">
        <span>{text(adminText('secretLabel'))}</span>
        <input
          readOnly
          value={secret}
          className="code"
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.target.select()}
        />
      </label>
      <div className="row">
        <button type="button" className="button button--primary" onClick={() => void onCopy()}>
          {text(adminText('copy'))}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {text(adminText('secretDone'))}
        </button>
      </div>
      <p role="status" className={copy === 'failed' ? 'field__problem' : 'field__ok'}>
        {copy === 'copied'
          ? `✓ ${text(adminText('copied'))}`
          : copy === 'failed'
            ? `⚠ ${text(adminText('copyFailed'))}`
            : ''}
      </p>
    </section>
  );
}

/**
 * A small button that asks "are you sure?" in the browser's dialog before an act that cannot be
 * undone (revoke or rotate a key, disable a webhook).
 */
export function ConfirmButton({
  label,
  describedAs,
  question,
  disabled,
  onConfirmed,
}: {
  label: string;
  /** The accessible name, naming what it acts on ("Cabut kunci SIM Dinas Pendidikan"). */
  describedAs: string;
  question: string;
  disabled: boolean;
  onConfirmed(): void;
}) {
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={describedAs}
      disabled={disabled}
      onClick={() => {
        if (window.confirm(question)) onConfirmed();
      }}
    >
      {label}
    </button>
  );
}
