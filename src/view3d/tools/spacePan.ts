// Space held = the hand: while Space is down, a left-button drag on the canvas pans the view
// (ToolInput leaves the press to the camera controls; ViewCamera makes the 3D view's left button
// pan) and the tool is not touched. Space is taken while the canvas (or nothing) has focus or the
// pointer is over the canvas, and never from a text field; taken, it neither scrolls the page
// nor presses a focused button.
import { useSyncExternalStore } from 'react';

let held = false;
const listeners = new Set<() => void>();

function setHeld(next: boolean): void {
  if (held === next) return;
  held = next;
  for (const listener of listeners) listener();
}

export function spaceHeld(): boolean {
  return held;
}

export function onSpaceChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSpaceHeld(): boolean {
  return useSyncExternalStore(onSpaceChange, spaceHeld, () => false);
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Listens for Space on the window for this canvas; returns the uninstaller. */
export function installSpacePan(canvas: HTMLElement): () => void {
  let over = false;
  const onEnter = () => {
    over = true;
  };
  const onLeave = () => {
    over = false;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.code !== 'Space' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const active = document.activeElement;
    const canvasHasFocus = !active || active === document.body || active === canvas || canvas.contains(active);
    if (!canvasHasFocus && !over) return;
    // ours: no page scroll, no press of a focused button, no other shortcut
    e.preventDefault();
    e.stopPropagation();
    setHeld(true);
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.code !== 'Space' || !held) return;
    e.preventDefault();
    e.stopPropagation();
    setHeld(false);
  };
  const release = () => setHeld(false);
  canvas.addEventListener('pointerenter', onEnter);
  canvas.addEventListener('pointerleave', onLeave);
  window.addEventListener('keydown', onKeyDown, { capture: true });
  window.addEventListener('keyup', onKeyUp, { capture: true });
  window.addEventListener('blur', release);
  return () => {
    canvas.removeEventListener('pointerenter', onEnter);
    canvas.removeEventListener('pointerleave', onLeave);
    window.removeEventListener('keydown', onKeyDown, { capture: true });
    window.removeEventListener('keyup', onKeyUp, { capture: true });
    window.removeEventListener('blur', release);
    setHeld(false);
  };
}
