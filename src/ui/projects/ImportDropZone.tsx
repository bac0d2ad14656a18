// Drop a .callfloor.json anywhere on the app to import it. The file is validated first; on any
// problem nothing is created and every problem is listed with its path.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeText } from './localeText.ts';
import { useProjectSession, useSession } from './PersistenceContext.tsx';
import './projects.css';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function ImportProblems() {
  const { t, i18n } = useTranslation();
  const session = useProjectSession();
  const report = useSession((s) => s.importProblems);
  if (!report) return null;
  return (
    <div className="import-problems" role="alert" data-testid="import-problems">
      <p>
        <strong>{t('projects.import.failed', { file: report.fileName, count: report.problems.length })}</strong>
      </p>
      <ul>
        {report.problems.map((p, i) => (
          <li key={i} data-testid="import-problem" data-path={p.path}>
            <code>{p.path || t('projects.import.document')}</code> {localeText(p.message, i18n.language)}
          </li>
        ))}
      </ul>
      <button type="button" data-testid="import-problems-close" onClick={() => session.dismissImportProblems()}>
        {t('projects.import.close')}
      </button>
    </div>
  );
}

/** After an import: the new project's name, and why it differs from the file's when it does. */
export function ImportNotice() {
  const { t } = useTranslation();
  const session = useProjectSession();
  const imported = useSession((s) => s.imported);
  // a notice, not a question: it goes by itself after a while
  useEffect(() => {
    if (!imported) return;
    const timer = setTimeout(() => session.dismissImported(), 12_000);
    return () => clearTimeout(timer);
  }, [imported, session]);
  if (!imported) return null;
  return (
    <div className="import-notice" role="status" data-testid="import-notice" data-name={imported.name}>
      <span>{imported.renamedFrom === null ? t('projects.import.imported', { name: imported.name }) : t('projects.import.renamed', { name: imported.name, wanted: imported.renamedFrom })}</span>
      <button type="button" aria-label={t('projects.import.close')} onClick={() => session.dismissImported()}>
        ×
      </button>
    </div>
  );
}

export function ImportDropZone() {
  const { t } = useTranslation();
  const session = useProjectSession();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault(); // allows the drop
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void file.text().then((text) => session.importText(text, file.name));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [session]);

  return (
    <>
      {dragging && (
        <div className="import-drop-overlay" data-testid="import-drop-overlay">
          {t('projects.import.drop')}
        </div>
      )}
      <ImportProblems />
      <ImportNotice />
    </>
  );
}
