import { isDeskError } from '../../domain/errors.js';
import { ticketStateSchema } from '../../domain/ticket.js';
import { describeError, type Translate } from '../../i18n/index.js';

/** Banner kinds the workflow screens show. The Banner component draws each in its colour. */
export type NoticeKind = 'success' | 'info' | 'warning' | 'error';

/**
 * A message a workflow screen shows in its banner, kept free of language so stores and tests
 * can read it: either a catalog key with parameters, or a caught error described when shown.
 * `fieldLabelKeys` maps a DeskError's `params.field` (a field name such as `customerPhone`) to
 * the catalog key of that field's label, so the message names the field as the screen shows it.
 */
export type WorkflowNotice =
  | {
      kind: NoticeKind;
      key: string;
      params?: Readonly<Record<string, string | number>>;
      /** Parameters whose values are catalog keys, translated when shown (a state's name). */
      paramKeys?: Readonly<Record<string, string>>;
    }
  | { kind: 'error'; error: unknown; fieldLabelKeys?: Readonly<Record<string, string>> };

export function messageNotice(
  kind: NoticeKind,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): WorkflowNotice {
  return params ? { kind, key, params } : { kind, key };
}

export function errorNotice(error: unknown, fieldLabelKeys?: Readonly<Record<string, string>>): WorkflowNotice {
  return fieldLabelKeys ? { kind: 'error', error, fieldLabelKeys } : { kind: 'error', error };
}

/** Return the field a DeskError names in `params.field`, or null. */
export function errorField(error: unknown): string | null {
  if (!isDeskError(error)) return null;
  const field = error.params['field'];
  return typeof field === 'string' && field !== '' ? field : null;
}

/** Describe the notice in the screen's language. */
export function describeNotice(notice: WorkflowNotice, t: Translate): string {
  if ('key' in notice) {
    const translated = Object.fromEntries(Object.entries(notice.paramKeys ?? {}).map(([name, key]) => [name, t(key)]));
    return t(notice.key, { ...notice.params, ...translated });
  }

  const { error, fieldLabelKeys } = notice;
  if (!isDeskError(error)) return describeError(error, t);

  // Field names and ticket states travel in params as code words, so show them as on screen.
  const params: Record<string, string | number> = { ...error.params };
  const field = errorField(error);
  const labelKey = field === null ? undefined : fieldLabelKeys?.[field];
  if (labelKey !== undefined) params['field'] = t(labelKey);
  const state = params['state'];
  if (typeof state === 'string' && ticketStateSchema.safeParse(state).success) params['state'] = t(`state.${state}`);
  return t(`errors.${error.code}`, params);
}
