import { describe, expect, it } from 'vitest';
import { initialTabState, receiveTabMessage, TabCoordinator, type TabChannel, type TabMessage, type TabState } from '../../src/persistence/tabCoordinator.ts';

const open = (tabId: string, projectId: string, revision: number): TabState => ({ ...initialTabState(tabId), projectId, revision });

describe('receiveTabMessage', () => {
  it('answers "opened" for the same project and remembers the other tab', () => {
    const { state, reply } = receiveTabMessage(open('a', 'p1', 3), { kind: 'opened', tabId: 'b', projectId: 'p1' });
    expect(state.others).toEqual(['b']);
    expect(reply).toEqual({ kind: 'here', tabId: 'a', projectId: 'p1' });
    expect(receiveTabMessage(open('a', 'p1', 3), { kind: 'opened', tabId: 'b', projectId: 'p2' }).reply).toBeUndefined();
  });

  it('becomes stale only when another tab saved a newer revision of the same project', () => {
    const s = open('a', 'p1', 3);
    expect(receiveTabMessage(s, { kind: 'saved', tabId: 'b', projectId: 'p1', revision: 3 }).state.newerRevision).toBeNull();
    expect(receiveTabMessage(s, { kind: 'saved', tabId: 'b', projectId: 'p1', revision: 4 }).state.newerRevision).toBe(4);
    expect(receiveTabMessage(s, { kind: 'saved', tabId: 'b', projectId: 'p2', revision: 9 }).state).toMatchObject({ newerRevision: null, listChanged: 1 });
    // its own echo never counts
    expect(receiveTabMessage(s, { kind: 'saved', tabId: 'a', projectId: 'p1', revision: 4 }).state).toBe(s);
  });

  it('forgets a tab that closed and notes a deletion elsewhere', () => {
    const s = { ...open('a', 'p1', 1), others: ['b', 'c'] };
    expect(receiveTabMessage(s, { kind: 'closed', tabId: 'b', projectId: 'p1' }).state.others).toEqual(['c']);
    expect(receiveTabMessage(s, { kind: 'deleted', tabId: 'c', projectId: 'p1' }).state.deletedElsewhere).toBe(true);
  });
});

/** Channels joined in memory, delivering synchronously to every other member (like BroadcastChannel, minus the async hop). */
function channelHub() {
  const members = new Set<{ listeners: Set<(e: { data: unknown }) => void> }>();
  return (): TabChannel => {
    const me = { listeners: new Set<(e: { data: unknown }) => void>() };
    members.add(me);
    return {
      postMessage(message: TabMessage) {
        for (const m of members) if (m !== me) for (const l of m.listeners) l({ data: structuredClone(message) });
      },
      addEventListener: (_t, l) => me.listeners.add(l),
      removeEventListener: (_t, l) => me.listeners.delete(l),
      close: () => members.delete(me),
    };
  };
}

describe('TabCoordinator', () => {
  it('lets two tabs with the same project find each other; a save in one makes the other stale', () => {
    const join = channelHub();
    const a = new TabCoordinator(join(), 'a');
    const b = new TabCoordinator(join(), 'b');
    a.open('p1', 5);
    b.open('p1', 5);
    expect(a.current.others).toEqual(['b']);
    expect(b.current.others).toEqual(['a']);
    const seenByA: (number | null)[] = [];
    a.subscribe((s) => seenByA.push(s.newerRevision));
    b.saved(6);
    expect(a.current.newerRevision).toBe(6);
    expect(seenByA).toEqual([6]);
    expect(b.current.newerRevision).toBeNull();
    b.close();
    expect(a.current.others).toEqual([]);
    a.close();
  });
});
