// The shared session in the scene (issue 19): mount <CollabLayer /> inside the <Canvas>.
export { CollabLayer } from './CollabLayer.tsx';
export { RemotePresence } from './RemotePresence.tsx';
export { PointerFeed } from './PointerFeed.tsx';
