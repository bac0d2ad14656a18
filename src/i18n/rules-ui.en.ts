// Rule panel and check overlays (English). Registered under `rulesUi` by src/ui/rules/messages.ts;
// must have exactly the keys of rules-ui.zh-CN.ts (checked by its type).
import type { RulesUiMessages } from './rules-ui.zh-CN.ts';

export const rulesUiEn: RulesUiMessages = {
  title: 'Checks',
  show: 'Show checks',
  hide: 'Hide checks',
  checking: 'Checking…',
  notChecked: 'Not checked yet',
  failedToCheck: 'The check failed: {{error}}',
  checkedIn: 'checked in {{ms}} ms',
  scope: { label: 'Scope', floor: 'Floor', building: 'Building', park: 'Park' },
  status: { fail: 'Fail', warn: 'Warning', pass: 'Pass', na: 'N/A' },
  area: { fire: 'Fire', lighting: 'Lighting', ventilation: 'Ventilation', space: 'Space', zoning: 'Zoning', site: 'Site' },
  showStatus: 'Show',
  nothing: 'No findings in this scope',
  more: 'Show {{count}} more',
  required: 'Required',
  measured: 'Measured',
  clause: 'Clause',
  review: {
    label: 'Review',
    open: 'Open',
    accepted: 'Accepted',
    rejected: 'Rejected',
    note: 'Note',
    notePlaceholder: 'Why (optional)',
    save: 'Save',
    reviewed: 'Reviewed: {{decision}}',
  },
  overlays: {
    label: 'On the floor',
    markers: 'Markers',
    deskStatus: 'Desk status',
    egressPath: 'Longest escape route',
    heat: 'Heat map',
    heatNone: 'None',
    heatWalking: 'Walk to exit',
    heatIlluminance: 'Illuminance',
  },
  commands: { setReview: 'Review a finding' },
  refused: { noFinding: 'No finding to review', badDecision: 'Unknown review decision' },
};
