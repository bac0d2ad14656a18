// Proposals UI: the side panel (list, costs, comparison, sharing) and presentation mode.
export { ProposalsPanel } from './ProposalsPanel.tsx';
export { PresentationMode, leavePresentation } from './PresentationMode.tsx';
export { ComparisonTable } from './ComparisonTable.tsx';
export { ComparisonChart } from './ComparisonChart.tsx';
import './proposals.css';
