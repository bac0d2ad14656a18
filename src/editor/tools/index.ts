// Editor tools: state machines fed with plan coordinates, the controller that runs them, and the
// registry of every tool and action.
export { ToolController, createToolController, createTool, type ToolState } from './controller.ts';
export { DEFAULT_TOOL_OPTIONS, type ToolId, type ToolOptions, type ToolPointer, type ToolPreview, type Measurement } from './types.ts';
export { TOOLS, ACTIONS, TOOL_IDS, toolEntry, actionEntry, entryForKey, type ActionId, type ToolEntry, type ActionEntry } from './registry.ts';
export { TOOL_SHORTCUTS, ACTION_SHORTCUTS, toolForKey } from './shortcuts.ts';
export { floorPickIndex, sitePickIndex, type PickIndex } from './pickIndex.ts';
export * from './selectionActions.ts';
