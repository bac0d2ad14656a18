// Strings for the save badge's note when the browser refused persistent storage
// (`navigator.storage.persist()`): saved projects may be cleared when the disk runs low, so the
// planner is told to keep a file of important plans. Merged into the app's bundle here so the
// shared i18n files stay untouched.
import { addMessages } from '../../i18n/index.ts';

addMessages('en', {
  storagePersistence: {
    refused: 'Storage not guaranteed',
    refusedDetail: 'The browser did not grant persistent storage: it may clear saved projects when disk space runs low. Export important plans as files.',
  },
});
addMessages('zh-CN', {
  storagePersistence: {
    refused: '本地存储未获保证',
    refusedDetail: '浏览器未授予持久存储：磁盘空间不足时可能清除已保存的项目。重要方案请导出为文件保存。',
  },
});
