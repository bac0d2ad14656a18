// The first guess of each layer's role from its name: English, Chinese, pinyin, the AIA / ISO
// CAD standards and 天正's own layer names, as found in real office drawings.
import { describe, expect, it } from 'vitest';
import { guessLayerRole, guessLayerRoles } from '../../../../src/floorplan/underlay/convert/layerRoles.ts';
import { guessZoneUse } from '../../../../src/floorplan/underlay/convert/zoneUse.ts';

const cases: [string, ReturnType<typeof guessLayerRole>][] = [
  // walls
  ['WALL', 'walls'], ['A-WALL', 'walls'], ['A-WALL-FULL', 'walls'], ['墙', 'walls'], ['墙体', 'walls'], ['0-墙线', 'walls'], ['QIANG', 'walls'], ['Walls', 'walls'], ['WALL_MOVE', 'walls'], ['隔断', 'walls'], ['A-WALL-PRTN', 'walls'],
  // columns
  ['COLUMN', 'columns'], ['COLU', 'columns'], ['A-COLS', 'columns'], ['S-COLS', 'columns'], ['柱', 'columns'], ['柱子', 'columns'], ['COL', 'columns'], ['ZHU', 'columns'],
  // windows
  ['WINDOW', 'windows'], ['WIND', 'windows'], ['窗', 'windows'], ['A-GLAZ', 'windows'], ['A-GLAZ-CWMG', 'windows'], ['CURTWALL', 'windows'], ['幕墙', 'windows'], ['门窗', 'windows'],
  // doors
  ['DOOR', 'doors'], ['A-DOOR', 'doors'], ['门', 'doors'], ['DOOR_FIRE', 'doors'], ['防火门', 'doors'], ['A-DOOR-FULL', 'doors'], ['MEN', 'doors'],
  // outline
  ['A-FLOR-OTLN', 'outline'], ['OUTLINE', 'outline'], ['建筑轮廓', 'outline'],
  // room names
  ['TEXT', 'names'], ['文字', 'names'], ['房间', 'names'], ['房间名称', 'names'], ['ROOM', 'names'], ['A-ANNO', 'names'], ['A-ANNO-TEXT', 'names'], ['PUB_TEXT', 'names'], ['SPACE', 'names'], ['A-AREA-IDEN', 'names'],
  // left out
  ['AXIS', 'ignore'], ['轴线', 'ignore'], ['DOTE', 'ignore'], ['A-GRID', 'ignore'], ['AXIS_TEXT', 'ignore'], ['DIM', 'ignore'], ['PUB_DIM', 'ignore'], ['A-ANNO-DIMS', 'ignore'], ['尺寸标注', 'ignore'], ['WINDOW_TEXT', 'ignore'], ['DOOR_TEXT', 'ignore'], ['门窗编号', 'ignore'], ['PUB_HATCH', 'ignore'], ['A-WALL-PATT', 'ignore'], ['STAIR', 'ignore'], ['楼梯', 'ignore'], ['A-FURN', 'ignore'], ['家具', 'ignore'], ['DEFPOINTS', 'ignore'], ['图框', 'ignore'],
  // names that say nothing
  ['0', null], ['图层1', null], ['Layer1', null], ['', null],
];

describe('layer roles guessed from names', () => {
  it.each(cases)('%s → %s', (name, role) => {
    expect(guessLayerRole(name)).toBe(role);
  });

  it('guesses a whole 天正 drawing, and leaves layers it cannot name out', () => {
    expect(guessLayerRoles(['WALL', 'COLUMN', 'WINDOW', 'DOOR_FIRE', 'WINDOW_TEXT', 'AXIS', 'PUB_TEXT', 'SPACE', '0'])).toEqual(['walls', 'columns', 'windows', 'doors', 'ignore', 'ignore', 'names', 'names', 'ignore']);
  });
});

describe('zone use guessed from a room name', () => {
  const uses: [string, ReturnType<typeof guessZoneUse>][] = [
    ['话务一区', 'work'], ['坐席区', 'work'], ['呼叫中心', 'work'], ['Call centre floor', 'work'], ['客服主管室', 'management'],
    ['大会议室', 'meeting'], ['Meeting Room 2', 'meeting'], ['机房', 'server'], ['Server room', 'server'], ['弱电间', 'cabling'], ['网络间', 'cabling'],
    ['配电室', 'power'], ['强电间', 'power'], ['男卫生间', 'toilet'], ['男厕', 'toilet'], ['WC', 'toilet'], ['Toilets', 'toilet'],
    ['休息室', 'rest'], ['茶水间', 'rest'], ['Pantry', 'rest'], ['员工餐厅', 'canteen'], ['走道', 'corridor'], ['走廊', 'corridor'], ['Corridor', 'corridor'],
    ['储藏室', 'storage'], ['库房', 'storage'], ['总经理办公室', 'management'], ['办公室', 'management'], ['Office', 'management'], ['培训室', 'training'],
    ['前台', null], ['A-101', null],
  ];
  it.each(uses)('%s → %s', (name, use) => {
    expect(guessZoneUse(name)).toBe(use);
  });
});
