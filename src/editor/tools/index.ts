// Editor tools: state machines fed with plan coordinates, and the controller that runs them.
export { ToolController, createToolController, createTool, type ToolState } from './controller.ts';
export { TOOL_IDS, SITE_TOOLS, DEFAULT_TOOL_OPTIONS, type ToolId, type ToolOptions, type ToolPointer, type ToolPreview, type Measurement } from './types.ts';
export { TOOL_SHORTCUTS, ACTION_SHORTCUTS, toolForKey, type ActionId } from './shortcuts.ts';
export { floorPickIndex, sitePickIndex, type PickIndex } from './pickIndex.ts';
export * from './selectionActions.ts';
