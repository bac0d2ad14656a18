// The strings presentation mode and the HTML viewer add to proposals' own (messages.ts), and a
// translator that never shows a message key: a string missing in the language shown falls back
// to the other language, one missing in both to a given text.
import type { i18n as I18n, TOptions } from 'i18next';
import { addMessages } from '../../i18n/index.ts';
import './messages.ts';

const zhCN = {
  proposals: {
    presentation: {
      investmentPerSeat: '每座投资',
      runningPerSeatMonth: '每座每月运营成本',
      comparison: '方案比较',
      closeComparison: '关闭比较',
      comparing: '正在比较方案…',
      comparisonFailed: '方案比较失败',
      language: 'English',
      languageTitle: '切换到英文',
      readOnlyViewer: '只读演示',
      tourLabel: '导览',
      stop: { park: '园区', building: '建筑', floor: '楼层' },
      limits: {
        'exit-width': '疏散宽度',
        'exit-count': '安全出口数量',
        zones: '功能分区',
        'area-per-seat': '人均面积',
        'volume-per-person': '人均空间体积',
        'fresh-air': '新风量',
      },
      packMissing: '此文件不含方案数据，无法演示。',
      packBroken: '方案数据无法读取：{{reason}}',
    },
  },
};

const en: typeof zhCN = {
  proposals: {
    presentation: {
      investmentPerSeat: 'Investment per seat',
      runningPerSeatMonth: 'Running cost / seat·month',
      comparison: 'Compare proposals',
      closeComparison: 'Close comparison',
      comparing: 'Comparing proposals…',
      comparisonFailed: 'The comparison failed',
      language: '中文',
      languageTitle: 'Switch to Chinese',
      readOnlyViewer: 'Read-only presentation',
      tourLabel: 'Tour',
      stop: { park: 'Park', building: 'Building', floor: 'Floor' },
      limits: {
        'exit-width': 'exit width',
        'exit-count': 'number of exits',
        zones: 'zoning',
        'area-per-seat': 'area per seat',
        'volume-per-person': 'volume per person',
        'fresh-air': 'fresh air',
      },
      packMissing: 'This file holds no proposal data to present.',
      packBroken: 'The proposal data cannot be read: {{reason}}',
    },
  },
};

addMessages('zh-CN', zhCN);
addMessages('en', en);

/** The other language of the two. */
const other = (language: string): string => (language === 'en' ? 'zh-CN' : 'en');

/**
 * `t(key)` in the shown language, else in the other one, else `fallback`: never the key itself
 * (i18next answers a missing key with the key).
 */
export function sayOrFallback(i18n: Pick<I18n, 't' | 'exists' | 'language'>, key: string, fallback: string, options: TOptions = {}): string {
  for (const lng of [i18n.language, other(i18n.language)]) {
    if (i18n.exists(key, { lng, fallbackLng: false } as TOptions)) return String(i18n.t(key, { ...options, lng }));
  }
  return fallback;
}
