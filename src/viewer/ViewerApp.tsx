// The HTML viewer's page: the 3D scene full screen with the presentation overlay (tour, KPI card,
// comparison) over it, read-only; or, where the file carries no readable pack, why not.
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../floorplan/proposals/compare.ts';
import { PresentationMode } from '../ui/proposals/PresentationMode.tsx';
import { sayOrFallback } from '../ui/proposals/presentationMessages.ts';
import { SceneView } from '../view3d/index.ts';
import '../ui/proposals/proposals.css';
import './viewer.css';

export function ViewerApp({ comparison, testMode }: { comparison: Comparison | null; testMode: boolean }) {
  return (
    <div className="app presenting viewer">
      <main className="body">
        <div className="stage">
          <SceneView testMode={testMode} />
        </div>
      </main>
      <PresentationMode viewer comparison={comparison} />
    </div>
  );
}

export function ViewerProblem({ problem }: { problem: { reason: 'missing' } | { reason: 'broken'; message: string } }) {
  const { i18n } = useTranslation();
  const text =
    problem.reason === 'missing'
      ? sayOrFallback(i18n, 'proposals.presentation.packMissing', 'No proposal data in this file.')
      : sayOrFallback(i18n, 'proposals.presentation.packBroken', `The proposal data cannot be read: ${problem.message}`, { reason: problem.message });
  return (
    <div className="viewer-problem" role="alert" data-testid="viewer-problem">
      <h1>Callfloor</h1>
      <p>{text}</p>
    </div>
  );
}
