import { z } from 'zod';
import { personText } from './text';

/** Where an affiliate is paid: a 支付宝 account (the operator's 批量付款 file) or a WeChat account (paid by hand). */
export const PAYOUT_METHODS = ['alipay', 'wechat'] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];

const MOBILE = /^1[3-9]\d{9}$/;
// 微信号: 6–20 characters, a letter first, then letters, digits, - and _ (WeChat's own rule).
const WECHAT_ID = /^[a-zA-Z][-_a-zA-Z0-9]{5,19}$/;
// A real name as 支付宝 verifies it: letters of any script, with the · of minority and foreign names.
const REAL_NAME = /^[\p{L}][\p{L}·.\s]{0,28}[\p{L}]$/u;

/** Which field of an account was refused, for a message in the reader's language. */
export type PayoutAccountProblem = 'account' | 'realName';

export const payoutAccountInputSchema = z
  .strictObject({
    method: z.enum(PAYOUT_METHODS),
    account: personText(100, { what: 'account' }),
    realName: personText(30, { min: 2, what: 'realName' }).refine((s) => REAL_NAME.test(s), 'realName must be the account holder’s real name'),
  })
  .superRefine((input, ctx) => {
    const ok =
      input.method === 'alipay'
        ? MOBILE.test(input.account) || z.email().safeParse(input.account).success
        : MOBILE.test(input.account) || WECHAT_ID.test(input.account);
    if (!ok)
      ctx.addIssue({
        code: 'custom',
        path: ['account'],
        message: input.method === 'alipay' ? 'account must be a 支付宝 phone number or email' : 'account must be a 微信号 or phone number',
      });
  });
export type PayoutAccountInput = z.infer<typeof payoutAccountInputSchema>;

/** The saved account as screens show it: never the whole number or name. */
export const payoutAccountSchema = z.object({
  method: z.enum(PAYOUT_METHODS),
  /** `138****5678 · *三` */
  masked: z.string(),
  updatedAt: z.number(),
});
export type PayoutAccount = z.infer<typeof payoutAccountSchema>;

/** 138****5678, a***@qq.com, wx***42. */
export function maskAccount(account: string): string {
  if (MOBILE.test(account)) return `${account.slice(0, 3)}****${account.slice(-4)}`;
  const at = account.indexOf('@');
  if (at > 0) return `${account[0]}***${account.slice(at)}`;
  return `${account.slice(0, 2)}***${account.slice(-2)}`;
}

/** *三, **娜: the last character only, as 支付宝 shows a payee. */
export function maskName(name: string): string {
  const chars = [...name];
  return `${'*'.repeat(Math.max(1, chars.length - 1))}${chars.at(-1)}`;
}
