// Shown instead of the scene when the plan cannot be opened: every problem with its JSON path.
import { useTranslation } from 'react-i18next';
import type { LoadOutcome } from '../editor/loadPlan.ts';
import type { Locale } from '../floorplan/types.ts';

export function LoadError({ outcome, locale }: { outcome: Exclude<LoadOutcome, { ok: true }>; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <section className="load-error panel" role="alert" data-testid="load-error">
      <h2>{t('app.loadFailed')}</h2>
      {'fetchError' in outcome ? (
        <p>{t('app.fetchFailed', { url: outcome.url, reason: outcome.fetchError })}</p>
      ) : (
        <>
          <p>
            {t('app.loadFailedHint', { url: outcome.url })} {t('app.problemsCount', { count: outcome.problems.length })}
          </p>
          <ol>
            {outcome.problems.map((p, i) => (
              <li key={i}>
                <code>{p.path || t('app.documentPath')}</code> {p.message[locale]}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
