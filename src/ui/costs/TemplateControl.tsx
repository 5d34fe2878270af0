import { useEffect, useId, useRef, useState } from 'react';
import type { PartnerInputV2, PartnerKey } from '../../engine';
import { useT } from '../i18n';
import { applyTemplate, templateSize } from './templates';

/**
 * "Fill with the responsibilities": replaces the items with the partnership page's list for the
 * partner, after a confirmation in the page (not a browser dialog), since it replaces what is
 * there. After it, a note says the hours are examples.
 */
export function TemplateControl({
  partnerKey,
  partner,
  onApply,
}: {
  partnerKey: PartnerKey;
  partner: PartnerInputV2;
  onApply: (next: PartnerInputV2) => void;
}) {
  const t = useT();
  const id = useId();
  const [step, setStep] = useState<'idle' | 'confirm' | 'applied'>('idle');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (step === 'confirm') confirmRef.current?.focus();
    else if (returnFocus.current) openRef.current?.focus();
    returnFocus.current = false;
  }, [step]);

  return (
    <div className="cost-template">
      <p id={`${id}-about`} className="cost-template__about">
        {t(`costs.template.about.${partnerKey}`)}
      </p>
      {step === 'confirm' ? (
        <div className="cost-template__confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>
            {t('costs.template.question', {
              count: partner.items.length,
              total: templateSize(partnerKey),
            })}
          </p>
          <div className="cost-template__buttons">
            <button
              ref={confirmRef}
              type="button"
              className="button"
              onClick={() => {
                returnFocus.current = true;
                setStep('applied');
                onApply(applyTemplate(partner, partnerKey));
              }}
            >
              {t('costs.template.replace')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                returnFocus.current = true;
                setStep('idle');
              }}
            >
              {t('costs.template.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={openRef}
          type="button"
          className="button button--quiet"
          aria-describedby={`${id}-about`}
          onClick={() => setStep('confirm')}
        >
          {t('costs.template.button')}
        </button>
      )}
      <p className="cost-template__applied" role="status">
        {step === 'applied' ? t('costs.template.applied') : ''}
      </p>
    </div>
  );
}
