// The owner's Share button: a modal dialog to make a link (role, how long it is valid, a label),
// copy the new link's address, and see and revoke the links made so far. Hidden for the other
// roles, when the server refused the owner's link, and when the project is not shared. Errors from
// the server are said in words.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollab, useCollabState } from '../../editor/collab/CollabContext.tsx';
import { COLLAB_ROLES, type CollabRole, type ShareLink, type ShareLinksApi } from '../../editor/collab/collabState.ts';
import { errorText, roleName } from './collabMessages.ts';
import './collab.css';

const DAY_S = 24 * 3600;
const MAX_DAYS = 3650;
const PRESET_DAYS = ['1', '7', '30'] as const;
type ExpiryChoice = (typeof PRESET_DAYS)[number] | 'custom';

/** The days a choice stands for, or null when a custom entry is not a whole number of 1 to 3650. */
export function expiryDays(choice: ExpiryChoice, customDays: string): number | null {
  if (choice !== 'custom') return Number(choice);
  const text = customDays.trim();
  if (!/^\d+$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_DAYS ? days : null;
}

type LinkState = 'revoked' | 'expired' | 'active';

function linkState(link: ShareLink, nowS: number): LinkState {
  if (link.revoked) return 'revoked';
  return link.expiresAt <= nowS ? 'expired' : 'active';
}

function ShareDialogBody({ api, onClose }: { api: ShareLinksApi; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<CollabRole>('viewer');
  const [expiry, setExpiry] = useState<ExpiryChoice>('7');
  const [customDays, setCustomDays] = useState('14');
  const [label, setLabel] = useState('');
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; role: CollabRole } | null>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'selected'>('idle');
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const urlField = useRef<HTMLInputElement>(null);
  const days = expiryDays(expiry, customDays);

  const refresh = useCallback(async () => {
    try {
      setLinks(await api.list());
      setListError(null);
    } catch (e) {
      setListError(errorText(t, e));
    }
  }, [api, t]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const create = async () => {
    if (days === null) return;
    setCreating(true);
    setCreateError(null);
    try {
      const minted = await api.mint({ role, expiresInS: days * DAY_S, label: label.trim() });
      setCreated({ url: api.joinUrl(minted.token), role: minted.role });
      setCopy('idle');
      setLabel('');
      await refresh();
    } catch (e) {
      setCreateError(errorText(t, e));
    } finally {
      setCreating(false);
    }
  };

  const copyUrl = async () => {
    if (!created) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(created.url);
      setCopy('copied');
    } catch {
      // no clipboard (plain http, refused permission): select the text for Ctrl+C
      const field = urlField.current;
      field?.focus();
      field?.select();
      let copied = false;
      try {
        copied = typeof document.execCommand === 'function' && document.execCommand('copy');
      } catch {
        copied = false;
      }
      setCopy(copied ? 'copied' : 'selected');
    }
  };

  const revoke = async (linkId: string) => {
    setRevoking(linkId);
    setListError(null);
    try {
      await api.revoke(linkId);
      setConfirming(null);
      await refresh();
    } catch (e) {
      setListError(errorText(t, e));
    } finally {
      setRevoking(null);
    }
  };

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const nowS = Date.now() / 1000;
  const newestFirst = links ? [...links].reverse() : null;

  return (
    <div className="share-panel">
      <header className="dialog-head">
        <h2>{t('collabUi.share.title')}</h2>
        <button type="button" className="dialog-close" data-testid="share-close" aria-label={t('collabUi.share.close')} title={t('collabUi.share.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <form
        className="share-form"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <h3>{t('collabUi.share.newLink')}</h3>
        <label className="dialog-row">
          <span>{t('collabUi.share.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as CollabRole)} data-testid="share-role">
            {COLLAB_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(t, r)}
              </option>
            ))}
          </select>
        </label>
        <p className="dialog-note share-hint" data-testid="share-role-hint">
          {t(`collabUi.share.roleHint.${role}`)}
        </p>
        <div className="dialog-row">
          <label htmlFor="share-expiry">{t('collabUi.share.expiry')}</label>
          <div className="share-expiry">
            <select id="share-expiry" value={expiry} onChange={(e) => setExpiry(e.target.value as ExpiryChoice)} data-testid="share-expiry">
              {PRESET_DAYS.map((d) => (
                <option key={d} value={d}>
                  {t(`collabUi.share.days${d}`)}
                </option>
              ))}
              <option value="custom">{t('collabUi.share.custom')}</option>
            </select>
            {expiry === 'custom' && (
              <label className="share-custom-days">
                <input
                  type="number"
                  min={1}
                  max={MAX_DAYS}
                  step={1}
                  value={customDays}
                  onChange={(e) => setCustomDays(e.target.value)}
                  aria-invalid={days === null}
                  data-testid="share-custom-days"
                />
                <span>{t('collabUi.share.customDays')}</span>
              </label>
            )}
          </div>
        </div>
        {days === null && (
          <p className="dialog-note share-hint collab-problem" role="alert" data-testid="share-days-problem">
            {t('collabUi.share.badDays')}
          </p>
        )}
        <label className="dialog-row">
          <span>{t('collabUi.share.label')}</span>
          <input type="text" value={label} maxLength={200} placeholder={t('collabUi.share.labelPlaceholder')} onChange={(e) => setLabel(e.target.value)} data-testid="share-label" />
        </label>
        <footer className="dialog-foot">
          {createError && (
            <div role="alert" className="dialog-error" data-testid="share-error">
              {t('collabUi.share.failed', { reason: createError })}
            </div>
          )}
          <button type="submit" className="primary" disabled={creating || days === null} data-testid="share-create">
            {creating ? t('collabUi.share.creating') : t('collabUi.share.create')}
          </button>
        </footer>
      </form>

      {created && (
        <section className="share-created" data-testid="share-created">
          <p>{t('collabUi.share.created', { role: roleName(t, created.role) })}</p>
          <div className="share-url-row">
            <input ref={urlField} type="text" readOnly value={created.url} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} aria-label={t('collabUi.share.newLink')} />
            <button type="button" data-testid="share-copy" onClick={() => void copyUrl()}>
              {copy === 'copied' ? t('collabUi.share.copied') : t('collabUi.share.copy')}
            </button>
          </div>
          {copy === 'selected' && (
            <p className="dialog-note" role="status" data-testid="share-copy-fallback">
              {t('collabUi.share.copyFallback')}
            </p>
          )}
        </section>
      )}

      <section className="share-links">
        <h3>{t('collabUi.share.links')}</h3>
        {listError && (
          <div role="alert" className="dialog-error" data-testid="share-list-error">
            {t('collabUi.share.failed', { reason: listError })}
          </div>
        )}
        {newestFirst === null && !listError && <p className="dialog-note">{t('collabUi.share.loading')}</p>}
        {newestFirst?.length === 0 && <p className="dialog-note">{t('collabUi.share.none')}</p>}
        {newestFirst && newestFirst.length > 0 && (
          <ul data-testid="share-list">
            {newestFirst.map((link) => {
              const state = linkState(link, nowS);
              const date = dateFormat.format(new Date(link.expiresAt * 1000));
              return (
                <li key={link.linkId} className={`share-link ${state}`} data-testid={`share-link-${link.linkId}`} data-state={state}>
                  <div className="share-link-main">
                    <span className={link.label ? 'share-link-label' : 'share-link-label none'}>{link.label ?? t('collabUi.share.noLabel')}</span>
                    <span className="share-link-meta">
                      {roleName(t, link.role)} · {state === 'expired' ? t('collabUi.share.expiredOn', { date }) : t('collabUi.share.expires', { date })}
                    </span>
                  </div>
                  <span className={`share-link-state ${state}`}>{t(`collabUi.share.${state}`)}</span>
                  {state === 'active' && confirming !== link.linkId && (
                    <button type="button" data-testid={`share-revoke-${link.linkId}`} onClick={() => setConfirming(link.linkId)}>
                      {t('collabUi.share.revoke')}
                    </button>
                  )}
                  {state === 'active' && confirming === link.linkId && (
                    <div className="share-confirm" role="group" aria-label={t('collabUi.share.revokeConfirm')}>
                      <span>{t('collabUi.share.revokeConfirm')}</span>
                      <button type="button" className="danger" disabled={revoking === link.linkId} data-testid={`share-revoke-confirm-${link.linkId}`} onClick={() => void revoke(link.linkId)}>
                        {t('collabUi.share.revokeYes')}
                      </button>
                      <button type="button" data-testid={`share-revoke-cancel-${link.linkId}`} onClick={() => setConfirming(null)}>
                        {t('collabUi.share.revokeNo')}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ShareButton() {
  const { t } = useTranslation();
  const collab = useCollab();
  const role = useCollabState((s) => s.role);
  // a link the server refused manages no links either (the API answers with the same refusal)
  const refused = useCollabState((s) => s.status === 'refused');
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', ''); // jsdom
    }
    if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  const api = collab?.actions.shareLinks ?? null;
  if (!collab || role !== 'owner' || !api || refused) return null;
  return (
    <>
      <button type="button" className="header-button" data-testid="share-open" aria-haspopup="dialog" title={t('collabUi.share.openTitle')} onClick={() => setOpen(true)}>
        {t('collabUi.share.open')}
      </button>
      {/* the native dialog closes on Esc by itself ('close' keeps React's state in step) */}
      <dialog ref={dialog} className="dialog share-dialog" data-testid="share-dialog" aria-label={t('collabUi.share.title')} onClose={() => setOpen(false)}>
        {open && <ShareDialogBody api={api} onClose={() => setOpen(false)} />}
      </dialog>
    </>
  );
}
