// Pure named edits of a plan document (see command.ts).
export { refuse, type Command, type CommandOutcome, type Refusal } from './command.ts';
export { floorById, elementsWithIds, documentIds } from './floorElements.ts';
export { moveElements, type MoveElementsArgs } from './moveElements.ts';
export { deleteElements, type DeleteElementsArgs } from './deleteElements.ts';
export { setElementProps, type SetElementPropsArgs } from './setElementProps.ts';
export { addWorkstations, type AddWorkstationsArgs } from './addWorkstations.ts';
export { setWallEnds, type SetWallEndsArgs } from './setWallEnds.ts';
export { setProfileBase, type SetProfileBaseArgs } from './setProfileBase.ts';
