// A slim notice of what this role may do, for the roles that may not edit everything: a viewer
// looks, presents and exports; a facility manager edits the fire register, inspections and reviews.
import { useTranslation } from 'react-i18next';
import { useCollabState } from '../../editor/collab/CollabContext.tsx';
import './collabMessages.ts';
import './collab.css';

export function RoleNotice() {
  const { t } = useTranslation();
  const role = useCollabState((s) => s.role);
  if (role !== 'viewer' && role !== 'facility-manager') return null;
  return (
    <div className={`collab-notice ${role}`} role="note" data-testid="role-notice" data-role={role}>
      {t(`collabUi.notice.${role}`)}
    </div>
  );
}
