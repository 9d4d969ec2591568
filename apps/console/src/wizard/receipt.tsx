import { QRCodeSVG } from 'qrcode.react';
import type { ReactNode } from 'react';
import { DeadlineBadge } from '../deadline/deadline-badge';
import type { CaseSummaryFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

export function trackingUrl(origin: string, code: string): string {
  return `${origin}/lacak?kode=${encodeURIComponent(code)}`;
}

/** The citizen's receipt: tracking code, QR code to the public tracking page, deadline. Printable. */
export function Receipt({
  c,
  uploads,
  onAnother,
}: {
  /** The case as registered; `trackingPin` for a reporter without a phone. */
  c: CaseSummaryFieldsFragment & { trackingPin?: string | null };
  /** How the case's files are being sent (not printed). */
  uploads?: ReactNode;
  onAnother(): void;
}) {
  const { t, text, locale } = useI18n();
  const url = trackingUrl(window.location.origin, c.code);
  const share = () => {
    const data = {
      title: `${t('wizard.trackingCode')}: ${c.code}`,
      text: `${t('wizard.trackingCode')}: ${c.code}`,
      url,
    };
    void navigator.share?.(data).catch(() => {});
  };
  return (
    <section className="page receipt" aria-labelledby="receipt-title">
      <div className="receipt__paper">
        <h1 id="receipt-title">{t('wizard.receipt')}</h1>
        <p className="muted">
          {text(c.sector.name)} · {text(c.serviceType.name)}
        </p>
        <p>{formatDateTime(c.registeredAt, c.deadline.timeZone, locale)}</p>
        <p className="receipt__code-label">{t('wizard.trackingCode')}</p>
        <p className="receipt__code" aria-label={c.code.split('').join(' ')}>
          {c.code}
        </p>
        <QRCodeSVG value={url} size={160} level="M" title={url} className="receipt__qr" />
        {c.trackingPin && (
          <>
            <p className="receipt__code-label">{t('wizard.trackingPin')}</p>
            <p className="receipt__code" aria-label={c.trackingPin.split('').join(' ')}>
              {c.trackingPin}
            </p>
          </>
        )}
        <DeadlineBadge deadline={c.deadline} />
        <p className="hint">
          {c.trackingPin
            ? t('wizard.receiptPinHint', { url: `${window.location.host}/lacak` })
            : t('wizard.receiptHint', { url: `${window.location.host}/lacak` })}
        </p>
      </div>
      {uploads}
      <div className="row no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('wizard.print')}
        </button>
        {'share' in navigator && (
          <button type="button" className="button" onClick={share}>
            {t('wizard.share')}
          </button>
        )}
        <Link href={`/kasus/${encodeURIComponent(c.id)}`} className="button">
          {t('wizard.openCase')}
        </Link>
        <button type="button" className="button" onClick={onAnother}>
          {t('wizard.another')}
        </button>
      </div>
    </section>
  );
}
