// English strings of the editor: tools, options, inspector, fire register, site panel, refusals.
export const editorEn = {
  editor: {
    tools: {
      select: 'Select / move', rotate: 'Rotate', wall: 'Wall', zone: 'Zone', core: 'Core', door: 'Door', window: 'Window',
      exit: 'Exit', workstation: 'Workstation', workstationArray: 'Workstation array', luminaireArray: 'Luminaires',
      airTerminal: 'Fresh-air terminal', extinguisher: 'Extinguisher', detector: 'Smoke detector', sprinkler: 'Sprinkler',
      outline: 'Edit outline', measure: 'Measure', building: 'Building', green: 'Green area',
    },
    actions: {
      undo: 'Undo', redo: 'Redo', copy: 'Copy', paste: 'Paste', duplicate: 'Duplicate', selectAll: 'Select all', delete: 'Delete',
      rotate90: 'Rotate 90°', nudge: 'Nudge by the grid step', nudgeLarge: 'Nudge by 10 grid steps', finish: 'Finish the shape or chain',
      cancel: 'Cancel / clear selection', orthogonal: 'Hold: horizontal / vertical', help: 'Shortcut help',
    },
    toolbar: 'Editing tools',
    options: {
      title: 'Tool options', grid: 'Grid (m)', snap: 'Snap', kind: 'Kind', height: 'Height (m)', thickness: 'Thickness (m)', use: 'Use',
      name: 'Name', shape: 'Shape', rectangle: 'Rectangle', polygon: 'Polygon', width: 'Width (m)', depth: 'Depth (m)', fireRating: 'Fire rating',
      none: 'none', sill: 'Sill (m)', head: 'Head (m)', openable: 'Openable fraction', rotation: 'Rotation (°)', role: 'Role',
      rows: 'Rows', columns: 'Columns', rowPitch: 'Row pitch (m)', aisleEvery: 'Aisle every N desks', aisleWidth: 'Aisle width (m)',
      backToBack: 'Back-to-back', spacing: 'Spacing (m)', flux: 'Flux (lm)', power: 'Power (W)', mount: 'Mounting height (m)',
      freshAir: 'Fresh air (m³/h)', rating: 'Rating', lastInspected: 'Last inspected', floorHeight: 'Floor height (m)', clearHeight: 'Clear height (m)',
      hint: {
        select: 'Click to select, Shift+click to add, drag empty space for a box, drag a selection to move it.',
        wall: 'Click point to point; Enter or double click ends the chain; Shift: orthogonal.',
        zone: 'Drag a rectangle, or click corners and press Enter.',
        measure: 'Click points; Enter holds the reading. Nothing is saved.',
        other: 'Click in the plan to place.',
      },
    },
    inspector: {
      title: 'Properties', nothing: 'Nothing selected', many: '{{count}} selected', apply: 'Apply', mixed: '(mixed)',
      invalid: 'Invalid value: nothing was changed', polygon: 'Corners (x, y per line)', id: 'Id', type: 'Type',
    },
    fire: {
      title: 'Fire equipment register', scope: 'Scope', building: 'Building', floor: 'Floor', kind: 'Kind', place: 'Place',
      rating: 'Rating', lastInspected: 'Last inspected', overdue: 'Overdue', never: 'never', markToday: 'Mark inspected today',
      markSelected: 'Mark checked rows inspected today', count: '{{count}} devices, {{overdue}} overdue',
      kinds: { extinguishers: 'Extinguisher', detectors: 'Detector', sprinklers: 'Sprinkler' },
    },
    help: { title: 'Keyboard shortcuts', tools: 'Tools', actions: 'Editing', close: 'Close' },
    site: {
      title: 'Site', controls: 'Parcel controls', maxFar: 'Max FAR (容积率)', maxCoverage: 'Max coverage (建筑密度)', minGreenRatio: 'Min green ratio (绿地率)',
      maxHeight: 'Max height (m)', minSetback: 'Min setback (m)', figures: 'Site figures', far: 'FAR', coverage: 'Coverage', greenRatio: 'Green ratio',
      parcelArea: 'Parcel area', buildingProps: 'Building', sprinklered: 'Sprinklered', grade: 'Fire-resistance grade', floors: 'Floors',
      addFloor: 'Add floor', duplicate: 'Duplicate', delete: 'Delete', up: 'Up', down: 'Down', copyLayout: 'Copy layout to other floors',
    },
    panels: { fire: 'Fire register', site: 'Site & floors', inspector: 'Properties' },
  },
  commands: {
    addWall: 'Draw walls', addZone: 'Add zone', addDoor: 'Add door', addWindow: 'Add window', addExit: 'Add exit', addCore: 'Add core',
    placeWorkstations: 'Place workstations', placeLuminaires: 'Place luminaires', addDevice: 'Add device', rotate: 'Rotate', duplicate: 'Duplicate',
    editOutline: 'Edit outline', markInspected: 'Mark inspected', setSiteControls: 'Set site controls', editSiteBoundary: 'Edit parcel',
    addGreen: 'Add green area', removeGreen: 'Remove green area', addBuilding: 'Add building', moveBuilding: 'Move building',
    setBuildingProps: 'Change building', addFloor: 'Add floor', duplicateFloor: 'Duplicate floor', deleteFloor: 'Delete floor',
    reorderFloors: 'Reorder floors', copyFloorLayout: 'Copy floor layout', setUnderlay: 'Set underlay',
    refused: {
      tooShort: 'Too short', badKind: 'Unknown kind', empty: 'Nothing to do', noName: 'A name is required', badPolygon: 'The shape crosses itself or has too few corners',
      notOnWall: 'A door must sit on a wall or on the outline', tooWide: 'The door is wider than its wall', badHeights: 'Heights do not fit the floor',
      badFraction: 'A fraction must be between 0 and 1', notOnOutline: 'A window must lie along one edge of the outline',
      notOnOutlineOrCore: 'An exit must sit on the outline or on a core', badDate: 'Invalid date', levelTaken: 'That level is taken',
      sameFloor: 'A floor cannot copy onto itself', badOrder: 'The order must list every floor once',
    },
  },
};
