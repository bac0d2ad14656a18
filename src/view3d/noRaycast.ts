// The raycast of what is drawn but never picked. One function, not an inline arrow: r3f compares
// props by identity, and a new arrow on every render is a changed prop that asks for a frame.
export const noRaycast = (): null => null;
