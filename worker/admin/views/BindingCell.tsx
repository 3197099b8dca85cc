import type { T } from '../i18n';

/** An affiliate's bindings at a glance: Taobao 渠道 (with its relation id on hover) and 多多进宝 备案. */
export function BindingCell({ taobaoRelation, pddBound, t }: { taobaoRelation: string | null; pddBound: boolean; t: T }) {
  return (
    <td data-testid="binding-cell">
      <span class={taobaoRelation ? 'ok' : 'muted'} title={taobaoRelation ?? undefined}>
        {t(taobaoRelation ? 'taobaoBound' : 'taobaoUnbound')}
      </span>{' '}
      <span class={pddBound ? 'ok' : 'muted'}>{t(pddBound ? 'pddBound' : 'pddUnbound')}</span>
    </td>
  );
}

/** Unbound at Taobao or at 多多进宝: the operator's "who still needs to bind" list. */
export const isUnbound = (a: { taobaoRelation: string | null; pddBound: number | boolean }) => !a.taobaoRelation || !a.pddBound;
