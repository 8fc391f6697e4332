import type { ComponentChild } from 'preact';
import type { Alert, AlertKind } from '../../shared/model/alert';
import type { ResultCode } from '../../shared/model/action';
import { msgKey, t, tParts } from '../i18n';
import { partLabel, resultText, stepLabel } from '../labels';
import { DisplayName } from './DisplayName';

/**
 * The `values` each alert kind fills, in placeholder order after the name ($1). Names match
 * what src/background/rules and commands/record-step.ts write.
 */
const ALERT_VALUES: Record<AlertKind, readonly string[]> = {
  joined: [],
  left: [],
  renamed: ['from'],
  'share-started': [],
  'fresh-joiner-sharing': ['seconds'],
  'unexpected-sharer': [],
  'flagged-sharer': [],
  'explicit-image': ['score'],
  'join-burst': ['count', 'seconds'],
  'hostile-name': ['category', 'term'],
  'hostile-chat': ['category', 'term'],
  impersonation: ['lookalike'],
  'hidden-characters': [],
  'unexpected-joiner': [],
  'chat-flood': ['count'],
  'rejoin-after-removal': ['formerName'],
  'adapter-unhealthy': ['missing'],
  'adapter-healthy': [],
  'action-failed': ['step', 'code'],
  'message-rejected': ['reason'],
  'state-compacted': ['chars'],
};

/** Values that are page text (attacker-controlled) and get the DisplayName treatment. */
const PAGE_TEXT = new Set(['from', 'formerName', 'lookalike']);

function valuePart(key: string, value: string | number | undefined): ComponentChild {
  if (value === undefined) return '?';
  if (typeof value === 'number') return value.toLocaleString();
  if (PAGE_TEXT.has(key)) return <DisplayName key={key} raw={value} variant="inline" />;
  if (key === 'step') return stepLabel(value);
  if (key === 'code') return resultText(value as ResultCode);
  if (key === 'category') return t(msgKey('text_category', value));
  if (key === 'missing') return value.split(/,\s*/).map(partLabel).join(', ');
  return <DisplayName key={key} raw={value} variant="inline" />;
}

/** One alert as a localised sentence, with names as isolated nodes, never pasted into text. */
export function AlertText({ alert, fallbackName }: { alert: Alert; fallbackName?: string | undefined }) {
  const name = alert.name ?? fallbackName ?? '';
  const values = ALERT_VALUES[alert.kind] ?? [];
  const parts: ComponentChild[] = [
    <DisplayName key="name" raw={name} variant="inline" />,
    ...values.map((key) => valuePart(key, alert.values?.[key])),
  ];
  return <span class="alert-text">{tParts(msgKey('alert', alert.kind), parts)}</span>;
}
