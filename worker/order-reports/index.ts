import type { Network } from '../../shared/schemas/orders';
import type { OrderNormaliser } from './types';
import { taobaoOrders } from './taobao';
import { jdOrders } from './jd';
import { pddOrders } from './pdd';

/** The only list of order-report normalisers; Taobao and Tmall share Alimama's. */
export const orderNormalisers: Record<Network, OrderNormaliser> = { taobao: taobaoOrders, jd: jdOrders, pdd: pddOrders };
