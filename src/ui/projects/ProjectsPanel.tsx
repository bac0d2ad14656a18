// The project list: create (blank, after asking for the name and rule set, or from the sample
// park), open, rename, duplicate, delete with confirmation and an undo window, import a file,
// export the plan on screen.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePlan } from '../../floorplan/format/parsePlan.ts';
import type { Locale, ProfileBase } from '../../floorplan/types.ts';
import type { ProjectMeta } from '../../persistence/projectRepository.ts';
import { RuleSetChoice } from '../ruleSet/RuleSetChoice.tsx';
import { blankPlan } from './blankPlan.ts';
import { downloadText } from './download.ts';
import { formatTime, localeText } from './localeText.ts';
import { useProjectSession, useSession } from './PersistenceContext.tsx';
import '../editor/drawingStoreMessages.ts';
import './projects.css';

export const SAMPLE_PARK_URL = '/samples/sample-park.callfloor.json';

function ProjectRow({ project, current }: { project: ProjectMeta; current: boolean }) {
  const { t, i18n } = useTranslation();
  const session = useProjectSession();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [name, setName] = useState(project.name);
  const display = project.name || t('projects.list.untitled');
  return (
    <li className={current ? 'current' : ''} data-testid="project-row" data-project-id={project.id} data-name={project.name}>
      <img className="thumb" alt="" src={`data:image/svg+xml;utf8,${encodeURIComponent(project.thumbnail)}`} />
      <div>
        {mode === 'rename' ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void session.rename(project.id, name.trim()).then(() => setMode('view'));
            }}
          >
            <input data-testid="project-rename-input" value={name} autoFocus onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setMode('view')} />
          </form>
        ) : (
          <strong data-testid="project-name">{display}</strong>
        )}
        {current && <span className="meta"> · {t('projects.list.current')}</span>}
        <div className="meta">
          {t('projects.list.seats', { count: project.seatCount, formattedCount: project.seatCount.toLocaleString(i18n.language) })} · {t('projects.list.updated', { time: formatTime(project.updated, i18n.language) })}
        </div>
        {mode === 'confirm' ? (
          <div className="actions" role="alertdialog" aria-label={t('projects.list.confirmDelete', { name: display })}>
            <span>{t('projects.list.confirmDelete', { name: display })}</span>
            <button type="button" data-testid="project-delete-confirm" onClick={() => void session.remove(project.id).then(() => setMode('view'))}>
              {t('projects.list.confirm')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('projects.list.cancel')}
            </button>
          </div>
        ) : (
          <div className="actions">
            {!current && (
              <button type="button" data-testid="project-open" onClick={() => void session.open(project.id)}>
                {t('projects.list.open')}
              </button>
            )}
            <button type="button" data-testid="project-rename" onClick={() => (setName(project.name), setMode('rename'))}>
              {t('projects.list.rename')}
            </button>
            <button type="button" data-testid="project-duplicate" onClick={() => void session.duplicate(project.id, t('projects.save.copyName', { name: display }))}>
              {t('projects.list.duplicate')}
            </button>
            <button type="button" data-testid="project-delete" onClick={() => setMode('confirm')}>
              {t('projects.list.delete')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

/** Asks for the new project's name and rule set (GB unless the user picks another). */
function NewProjectForm({ locale, onDone }: { locale: Locale; onDone(): void }) {
  const { t } = useTranslation();
  const session = useProjectSession();
  const [name, setName] = useState(t('projects.list.blankName'));
  const [base, setBase] = useState<ProfileBase>('gb');
  return (
    <form
      className="new-project"
      data-testid="project-new-form"
      aria-label={t('projects.list.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        const chosen = name.trim() || t('projects.list.blankName');
        void session.create(chosen, blankPlan(chosen, locale, base));
        onDone();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <strong>{t('projects.list.newTitle')}</strong>
      <label>
        {t('projects.list.newName')}
        <input data-testid="project-new-name" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
      </label>
      <span className="question">{t('ruleSet.question')}</span>
      <RuleSetChoice name="new-project-rule-set" value={base} onChange={setBase} />
      <div className="actions">
        <button type="submit" data-testid="project-new-create">
          {t('projects.list.create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('projects.list.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ProjectsPanel() {
  const { t, i18n } = useTranslation();
  const session = useProjectSession();
  const projects = useSession((s) => s.projects);
  const currentId = useSession((s) => s.project?.id ?? null);
  const deleted = useSession((s) => s.recentlyDeleted);
  const failure = useSession((s) => s.actionFailure);
  const fileInput = useRef<HTMLInputElement>(null);
  const [sampleError, setSampleError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  // the plan file carries the underlay drawings unless unticked
  const [withDrawings, setWithDrawings] = useState(true);
  const [leftOut, setLeftOut] = useState<string | null>(null);
  const locale: Locale = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';

  const createFromSample = async () => {
    setSampleError(null);
    try {
      const response = await fetch(SAMPLE_PARK_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const parsed = parsePlan(await response.text());
      if (!parsed.ok) throw new Error(parsed.problems[0] ? localeText(parsed.problems[0].message, i18n.language) : 'invalid');
      await session.create(parsed.plan.name || t('projects.list.sampleName'), parsed.plan);
    } catch (error) {
      setSampleError(t('projects.list.sampleFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <section className="projects-panel" data-testid="projects-panel" aria-label={t('projects.list.title')}>
      <h2>{t('projects.list.title')}</h2>
      <div className="actions">
        <button type="button" data-testid="project-new-blank" aria-expanded={asking} onClick={() => setAsking(!asking)}>
          {t('projects.list.newBlank')}
        </button>
        <button type="button" data-testid="project-new-sample" onClick={() => void createFromSample()}>
          {t('projects.list.newSample')}
        </button>
        <button type="button" data-testid="project-import" onClick={() => fileInput.current?.click()}>
          {t('projects.list.import')}
        </button>
        <button
          type="button"
          data-testid="project-export"
          onClick={() => {
            void session.exportCurrentFile({ drawings: withDrawings }).then((file) => {
              downloadText(file.fileName, file.text);
              setLeftOut(file.missing.length ? file.missing.map((d) => d.name).join(', ') : null);
            });
          }}
        >
          {t('projects.list.exportCurrent')}
        </button>
        <label className="include-drawings" title={t('drawingStore.includeDrawingsHint')}>
          <input type="checkbox" data-testid="project-export-drawings" checked={withDrawings} onChange={(e) => setWithDrawings(e.target.checked)} />
          {t('drawingStore.includeDrawings')}
        </label>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          data-testid="project-import-input"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void file.text().then((text) => session.importText(text, file.name));
          }}
        />
      </div>
      {leftOut && <p className="meta" role="status" data-testid="project-export-missing">{t('drawingStore.missingInExport', { names: leftOut })}</p>}
      {asking && <NewProjectForm locale={locale} onDone={() => setAsking(false)} />}
      {sampleError && <div className="failure" role="alert">{sampleError}</div>}
      {failure && (
        <div className="failure" role="alert" data-testid="project-failure">
          {localeText(failure.message, i18n.language)}{' '}
          <button type="button" onClick={() => session.dismissFailure()}>
            ×
          </button>
        </div>
      )}
      {deleted && (
        <div className="undo-toast" role="status" data-testid="project-undo-toast">
          {t('projects.list.deleted', { name: deleted.name || t('projects.list.untitled') })}
          <button type="button" data-testid="project-undo-delete" onClick={() => void session.undoRemove()}>
            {t('projects.list.undo')}
          </button>
        </div>
      )}
      {projects.length === 0 ? (
        <p className="meta">{t('projects.list.empty')}</p>
      ) : (
        <ul data-testid="project-list">
          {projects.map((p) => (
            <ProjectRow key={p.id} project={p} current={p.id === currentId} />
          ))}
        </ul>
      )}
    </section>
  );
}
