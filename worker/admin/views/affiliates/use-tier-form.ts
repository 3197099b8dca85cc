import { useRef, useState } from 'preact/hooks';
import { formatFen, parseYuanToFen } from '../../../../shared/money';
import { client, ok } from '../../client';
import type { Tier } from './types';

export const THRESHOLDS = ['promoteOwnSalesFen', 'promoteOwnCommissionFen', 'promoteTeamSalesFen'] as const;
const yuanText = (fen: number | null) => (fen === null ? '' : formatFen(fen));
const bp = (percent: number) => Math.round(percent * 100);

const formOf = (tier: Tier) => ({
  name: tier.name,
  rate: tier.rateBp / 100,
  l1: tier.overrideL1Bp / 100,
  l2: tier.overrideL2Bp / 100,
  promoteOwnSalesFen: yuanText(tier.promoteOwnSalesFen),
  promoteOwnCommissionFen: yuanText(tier.promoteOwnCommissionFen),
  promoteTeamSalesFen: yuanText(tier.promoteTeamSalesFen),
});
export type TierForm = ReturnType<typeof formOf>;

/** A tier's form: percentages and yuan in the form, basis points and fen on the wire; the server checks the total. */
export function useTierForm(tier: Tier, onSaved: () => void) {
  const [form, setForm] = useState(() => formOf(tier));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Typing is faster than rendering: edits and the save read the latest values, not a render's copy.
  const latest = useRef(form);
  const edit = (patch: Partial<TierForm>) => {
    latest.current = { ...latest.current, ...patch };
    setForm(latest.current);
    setSaved(false);
  };
  async function save(event: Event) {
    event.preventDefault();
    const now = latest.current;
    try {
      // Empty: no threshold.
      const threshold = (key: (typeof THRESHOLDS)[number]) => (now[key].trim() ? parseYuanToFen(now[key]) : null);
      const json = { name: now.name, rateBp: bp(now.rate), overrideL1Bp: bp(now.l1), overrideL2Bp: bp(now.l2) };
      await ok(
        client.api.admin.tiers[':id'].$put({
          param: { id: tier.id },
          json: { ...json, ...Object.fromEntries(THRESHOLDS.map((key) => [key, threshold(key)])) },
        }),
      );
      setError(null);
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  return { form, edit, save, error, saved };
}
