import type { Network } from '../../../../shared/schemas/orders';

export interface ConnectionField {
  name: string;
  label: string;
  secret?: boolean;
  optional?: boolean;
}

/** The fields each network's connection takes (the Worker validates them; secrets are password inputs). */
export const CONNECTION_FIELDS: Record<Network, ConnectionField[]> = {
  taobao: [
    { name: 'appKey', label: 'AppKey' },
    { name: 'appSecret', label: 'AppSecret', secret: true },
    { name: 'adzoneId', label: '推广位 ID (adzone_id)' },
    { name: 'siteId', label: '媒体 ID (site_id)', optional: true },
    { name: 'session', label: '运营方授权 session', secret: true, optional: true },
  ],
  jd: [
    { name: 'appKey', label: 'AppKey' },
    { name: 'appSecret', label: 'AppSecret', secret: true },
    { name: 'siteId', label: '网站 ID (siteId)' },
    { name: 'positionId', label: '推广位 ID (positionId)', optional: true },
  ],
  pdd: [
    { name: 'clientId', label: 'client_id' },
    { name: 'clientSecret', label: 'client_secret', secret: true },
    { name: 'pid', label: '推广位 ID (pid)' },
  ],
};
