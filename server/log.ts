// One line per event: what happened, then key=value fields. Never given a token or the secret.

export type Logger = (line: string) => void;

export const consoleLogger: Logger = (line) => console.error(line);

export function logLine(event: string, fields: Record<string, string | number | undefined> = {}): string {
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' && /[\s"=]/.test(value) ? JSON.stringify(value) : value}`);
  return [`[callfloor-server] ${event}`, ...parts].join(' ');
}
