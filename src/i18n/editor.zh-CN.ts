// 编辑器中文文案：工具、选项、属性、消防器材台账、场地面板、拒绝原因。
export const editorZhCN = {
  editor: {
    tools: {
      select: '选择 / 移动', rotate: '旋转', wall: '墙体', zone: '功能区', core: '核心筒', door: '门', window: '窗',
      exit: '安全出口', workstation: '工位', workstationArray: '工位阵列', luminaireArray: '灯具阵列',
      airTerminal: '新风口', extinguisher: '灭火器', detector: '烟感探测器', sprinkler: '喷头',
      outline: '编辑楼层轮廓', measure: '测量', building: '建筑', green: '绿地',
    },
    actions: {
      undo: '撤销', redo: '重做', copy: '复制', paste: '粘贴', duplicate: '复制一份', selectAll: '全选', delete: '删除',
      rotate90: '旋转 90°', nudge: '按网格步长微移', nudgeLarge: '按 10 倍网格步长微移', finish: '完成图形或连续墙',
      cancel: '取消 / 清除选择', orthogonal: '按住：水平 / 垂直', help: '快捷键帮助',
    },
    toolbar: '编辑工具',
    options: {
      title: '工具选项', grid: '网格 (m)', snap: '捕捉', kind: '类型', height: '高度 (m)', thickness: '厚度 (m)', use: '用途',
      name: '名称', shape: '形状', rectangle: '矩形', polygon: '多边形', width: '宽度 (m)', depth: '进深 (m)', fireRating: '防火等级',
      none: '无', sill: '窗台高 (m)', head: '窗顶高 (m)', openable: '可开启比例', rotation: '旋转 (°)', role: '角色',
      rows: '行数', columns: '列数', rowPitch: '行距 (m)', aisleEvery: '每 N 个工位留通道', aisleWidth: '通道宽 (m)',
      backToBack: '背靠背', spacing: '间距 (m)', flux: '光通量 (lm)', power: '功率 (W)', mount: '安装高度 (m)',
      freshAir: '新风量 (m³/h)', rating: '规格', lastInspected: '上次检查', floorHeight: '层高 (m)', clearHeight: '净高 (m)',
      hint: {
        select: '单击选择，Shift+单击加选，空白处拖动框选，拖动选中对象移动。',
        wall: '逐点单击；回车或双击结束；Shift：正交。',
        zone: '拖出矩形，或逐点单击后回车。',
        measure: '逐点单击；回车保留读数。不会保存到方案。',
        other: '在平面中单击放置。',
      },
    },
    inspector: {
      title: '属性', nothing: '未选择', many: '已选 {{count}} 个', apply: '应用', mixed: '（不同）',
      invalid: '数值无效：未做任何修改', polygon: '角点（每行 x, y）', id: '编号', type: '类型',
    },
    fire: {
      title: '消防器材台账', scope: '范围', building: '建筑', floor: '楼层', kind: '类型', place: '位置',
      rating: '规格', lastInspected: '上次检查', overdue: '逾期', never: '从未', markToday: '今日已检查',
      markSelected: '勾选行标记为今日已检查', count: '共 {{count}} 件，{{overdue}} 件逾期',
      kinds: { extinguishers: '灭火器', detectors: '烟感', sprinklers: '喷头' },
    },
    help: { title: '快捷键', tools: '工具', actions: '编辑', close: '关闭' },
    site: {
      title: '场地', controls: '规划条件', maxFar: '容积率上限', maxCoverage: '建筑密度上限', minGreenRatio: '绿地率下限',
      maxHeight: '限高 (m)', minSetback: '退线 (m)', figures: '场地指标', far: '容积率', coverage: '建筑密度', greenRatio: '绿地率',
      parcelArea: '用地面积', buildingProps: '建筑', sprinklered: '设自动喷淋', grade: '耐火等级', floors: '楼层',
      addFloor: '加一层', duplicate: '复制', delete: '删除', up: '上移', down: '下移', copyLayout: '将布局复制到其他楼层',
    },
    panels: { fire: '消防台账', site: '场地与楼层', inspector: '属性' },
  },
  commands: {
    addWall: '绘制墙体', addZone: '添加功能区', addDoor: '添加门', addWindow: '添加窗', addExit: '添加安全出口', addCore: '添加核心筒',
    placeWorkstations: '布置工位', placeLuminaires: '布置灯具', addDevice: '添加设备', rotate: '旋转', duplicate: '复制',
    editOutline: '编辑轮廓', markInspected: '标记已检查', setSiteControls: '设置规划条件', editSiteBoundary: '编辑用地红线',
    addGreen: '添加绿地', removeGreen: '删除绿地', addBuilding: '添加建筑', moveBuilding: '移动建筑',
    setBuildingProps: '修改建筑', addFloor: '添加楼层', duplicateFloor: '复制楼层', deleteFloor: '删除楼层',
    reorderFloors: '调整楼层顺序', copyFloorLayout: '复制楼层布局', setUnderlay: '设置底图',
    refused: {
      tooShort: '太短', badKind: '类型无效', empty: '没有可执行的内容', noName: '需要名称', badPolygon: '图形自相交或角点太少',
      notOnWall: '门必须位于墙上或楼层轮廓上', tooWide: '门比所在墙还宽', badHeights: '高度与楼层不符',
      badFraction: '比例须在 0 到 1 之间', notOnOutline: '窗必须沿楼层轮廓的一条边', notOnOutlineOrCore: '安全出口必须位于轮廓或核心筒上',
      badDate: '日期无效', levelTaken: '该楼层号已存在', sameFloor: '楼层不能复制到自身', badOrder: '顺序必须列出每个楼层各一次',
    },
  },
};
