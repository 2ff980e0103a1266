import type { FindingCode, Severity } from '../checks/findings';
import { ALL_CODES } from '../checks/findings';

/** The `treatyReport.*` settings, as the client sends them; normalised on read. */
export interface TreatySettings {
  enable: boolean;
  reportUnverified: boolean;
  severity: Partial<Record<FindingCode, Severity | 'off'>>;
  workspaceFacts: boolean;
  /** The bundled Kazakhstan base (facts, sources, catalogue); off, the workspace's own sources and facts only. */
  bundledFacts: boolean;
}

export const DEFAULT_SETTINGS: TreatySettings = { enable: true, reportUnverified: false, severity: {}, workspaceFacts: true, bundledFacts: true };

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function normaliseSettings(raw: unknown): TreatySettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: TreatySettings['severity'] = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [code, level] of Object.entries(r.severity as Record<string, unknown>)) {
      if ((ALL_CODES as string[]).includes(code) && typeof level === 'string' && LEVELS.has(level)) severity[code as FindingCode] = level as Severity | 'off';
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    reportUnverified: typeof r.reportUnverified === 'boolean' ? r.reportUnverified : DEFAULT_SETTINGS.reportUnverified,
    severity,
    workspaceFacts: typeof r.workspaceFacts === 'boolean' ? r.workspaceFacts : DEFAULT_SETTINGS.workspaceFacts,
    bundledFacts: typeof r.bundledFacts === 'boolean' ? r.bundledFacts : DEFAULT_SETTINGS.bundledFacts,
  };
}
