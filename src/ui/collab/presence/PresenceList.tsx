// Who is in the shared project, as avatars in the header (issue 19): this user first (marked
// "you"), then the others, each an initials circle in their colour; past five, "+n" opens the
// rest as a list. The tooltip says name, role and where they are; a click on someone on a floor
// opens that floor here ("go to where they are"). Nothing when the project is not shared.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useStore } from 'zustand';
import type { CollabHandle } from '../../../editor/collab/CollabContext.tsx';
import { useCollab } from '../../../editor/collab/CollabContext.tsx';
import { useEditorState, useEditorStore } from '../../../editor/EditorContext.tsx';
import type { PlanDocument } from '../../../floorplan/types.ts';
import { inkOn } from '../../../editor/collab/peerInk.ts';
import { initialsOf, presenceToShow, whereabouts, type PresencePerson } from './presenceModel.ts';
import './presenceMessages.ts';
import './presence.css';

function displayName(t: TFunction, person: PresencePerson): string {
  const name = person.name.trim() || t('presence.unnamed');
  return person.self ? t('presence.youName', { name }) : name;
}

function whereText(t: TFunction, plan: PlanDocument, floorId: string | null): string {
  const where = whereabouts(plan, floorId);
  if (where.kind === 'floor') return t('presence.where.floor', { building: where.building, floor: where.floor });
  if (where.kind === 'unknown-floor') return t('presence.where.unknownFloor', { id: where.floorId });
  return t('presence.where.overview');
}

/** The tooltip: name, role, where they are, and what a click does. */
export function personTitle(t: TFunction, plan: PlanDocument, person: PresencePerson, openFloorId: string | null): string {
  const lines = [displayName(t, person)];
  if (person.role) lines.push(t(`presence.role.${person.role}`));
  lines.push(whereText(t, plan, person.floorId));
  if (!person.self && person.floorId !== null && whereabouts(plan, person.floorId).kind === 'floor') {
    lines.push(person.floorId === openFloorId ? t('presence.sameFloor') : t('presence.goTo'));
  }
  return lines.join('\n');
}

function PresenceView({ collab }: { collab: CollabHandle }) {
  const { t } = useTranslation();
  const editorStore = useEditorStore();
  const plan = useEditorState((s) => s.plan);
  const openFloorId = useEditorState((s) => (s.session.level === 'floor' ? s.session.floorId : null));
  const self = useStore(collab.store, (s) => s.self);
  const role = useStore(collab.store, (s) => s.role);
  const peers = useStore(collab.store, (s) => s.peers);
  const [moreOpen, setMoreOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  // the "+n" list closes on a press elsewhere and on Esc
  useEffect(() => {
    if (!moreOpen) return undefined;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setMoreOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setMoreOpen(false);
    };
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [moreOpen]);

  const me: PresencePerson = { clientId: self.clientId, name: self.name, color: self.color, role, floorId: openFloorId, self: true };
  const { shown, hidden } = presenceToShow(me, peers);

  // not this user's own avatar, nor someone at park or building level, on a floor not here or on the floor already open
  const canGo = (person: PresencePerson): boolean =>
    !person.self && person.floorId !== null && person.floorId !== openFloorId && whereabouts(plan, person.floorId).kind === 'floor';
  const goTo = (person: PresencePerson): void => {
    if (canGo(person)) editorStore.getState().openFloor(person.floorId!);
  };

  const avatar = (person: PresencePerson) => {
    const title = personTitle(t, plan, person, openFloorId);
    return (
      <button
        key={person.clientId}
        type="button"
        className={person.self ? 'presence-avatar presence-avatar--self' : 'presence-avatar'}
        data-testid={`peer-${person.clientId}`}
        data-self={person.self ? '1' : undefined}
        title={title}
        aria-label={title.replace(/\n/gu, ' — ')}
        aria-disabled={!canGo(person)}
        style={{ background: person.color, color: inkOn(person.color) }}
        onClick={() => goTo(person)}
      >
        <span className="presence-avatar__initials">{initialsOf(person.name)}</span>
        {person.self && <span className="presence-avatar__you">{t('presence.you')}</span>}
      </button>
    );
  };

  return (
    <div className="presence-list" data-testid="presence-list" role="group" aria-label={t('presence.label')} ref={root}>
      {shown.map(avatar)}
      {hidden.length > 0 && (
        <div className="presence-more">
          <button
            type="button"
            className="presence-avatar presence-avatar--more"
            data-testid="presence-more"
            aria-expanded={moreOpen}
            title={t('presence.more', { count: hidden.length, names: hidden.map((p) => displayName(t, p)).join(t('presence.separator')) })}
            onClick={() => setMoreOpen((open) => !open)}
          >
            +{hidden.length}
          </button>
          {moreOpen && (
            <ul className="presence-more__list" data-testid="presence-more-list" aria-label={t('presence.moreList')}>
              {hidden.map((person) => (
                <li key={person.clientId}>
                  <button
                    type="button"
                    data-testid={`peer-${person.clientId}`}
                    title={personTitle(t, plan, person, openFloorId)}
                    aria-disabled={!canGo(person)}
                    onClick={() => {
                      goTo(person);
                      setMoreOpen(false);
                    }}
                  >
                    <span className="presence-dot" style={{ background: person.color, color: inkOn(person.color) }}>
                      {initialsOf(person.name)}
                    </span>
                    <span className="presence-more__name">{displayName(t, person)}</span>
                    <span className="presence-more__where">{whereText(t, plan, person.floorId)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/** The avatars of everyone present; nothing when the project is not shared. */
export function PresenceList() {
  const collab = useCollab();
  return collab ? <PresenceView collab={collab} /> : null;
}
