// Picks the current language's text of a bilingual message.
import type { BilingualMessage } from '../../persistence/storageErrors.ts';

export function localeText(message: BilingualMessage, language: string): string {
  return language.toLowerCase().startsWith('zh') ? message['zh-CN'] : message.en;
}

export function formatTime(ms: number, language: string): string {
  return new Date(ms).toLocaleString(language, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
