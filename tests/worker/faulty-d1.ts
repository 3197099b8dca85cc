import { env } from 'cloudflare:workers';
import { openDb } from '../../worker/db/client';

export class InjectedFault extends Error {}

/** Whether an error is the injected fault (drizzle wraps a failed query's error as its cause). */
export const isInjectedFault = (err: unknown): boolean => err instanceof InjectedFault || (err instanceof Error && isInjectedFault(err.cause));

/**
 * The real local D1, except that its `failAt`-th statement (a batch counts as one: D1 runs it as one
 * transaction) throws before it reaches the database — a Worker that died or a D1 call that failed after
 * every statement before it had committed. `calls()` says how many statements were made.
 */
export function faultyDb(failAt = Infinity) {
  let made = 0;
  const real = new WeakMap<object, D1PreparedStatement>();
  const tick = () => {
    made++;
    if (made === failAt) throw new InjectedFault(`injected fault before statement ${made}`);
  };
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement => {
    const proxy = new Proxy(statement, {
      get(target, prop) {
        if (prop === 'bind') return (...args: unknown[]) => wrap(target.bind(...args));
        if (prop === 'all' || prop === 'run' || prop === 'first' || prop === 'raw') {
          return (...args: unknown[]) => {
            tick();
            return (target[prop] as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        const value: unknown = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    real.set(proxy, statement);
    return proxy;
  };
  const d1 = new Proxy(env.DB, {
    get(target, prop) {
      if (prop === 'prepare') return (sql: string) => wrap(target.prepare(sql));
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => {
          tick();
          return target.batch(statements.map((s) => real.get(s) ?? s));
        };
      }
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: openDb(d1), calls: () => made };
}
