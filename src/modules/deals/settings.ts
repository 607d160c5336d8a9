import type { Config } from '../../config.js';

/** What the deals module needs of the configuration, in every request's context. */
export interface DealSettings {
  /** FOLLOW_UP_DAYS: a deal silent in a CONTACT column for longer than this many days is due for a reminder. */
  followUpDays: number;
}

export const dealSettings = (config: Pick<Config, 'followUpDays'>): DealSettings => ({ followUpDays: config.followUpDays });

/** For contexts made outside a server (tools, tests): the configuration's default. */
export const DEFAULT_DEAL_SETTINGS: DealSettings = { followUpDays: 7 };
