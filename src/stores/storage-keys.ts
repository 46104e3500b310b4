/**
 * Every key Tongban keeps in the host's storage, in one place (docs/security.md lists what each holds). The session
 * store clears the personal ones at 退出登录 by this list, not by what has loaded: a subpackage's store runs only once
 * its first page opens, so after a restart its key would otherwise be left behind (test/e2e/personal-data.test.ts).
 */

/** Token, the masked user and the expiry */
export const SESSION_KEY = 'tb.session.v1'
/** Mode, region, elder mode: not personal, kept at 退出登录 */
export const PREFERENCES_KEY = 'tb.preferences.v1'
/** The public app config: not personal */
export const APP_CONFIG_KEY = 'tb.app-config.v1'
/** 最近搜索 */
export const RECENT_SEARCHES_KEY = 'tb.recent-searches.v1'
/** The enterprises the user may act for (法人) */
export const ENTERPRISES_KEY = 'tb.enterprises.v1'
/** 咨询/投诉/找茬 drafts, with their owner's id */
export const FEEDBACK_DRAFTS_KEY = 'tb.feedback-drafts.v1'
/** Form drafts, per user id */
export const DRAFTS_KEY_PREFIX = 'tb.drafts.v1.'
/** The submission outbox, per user id */
export const SUBMISSIONS_KEY_PREFIX = 'tb.submissions.v1.'

/** The per-user keys written on this device (registerPersonalCache), so 退出登录 finds them after a restart too */
export const PERSONAL_REGISTRY_KEY = 'tb.personal-keys.v1'

/** Removed at 退出登录 (with {@link SESSION_KEY} and every key in {@link PERSONAL_REGISTRY_KEY}) */
export const PERSONAL_KEYS = [RECENT_SEARCHES_KEY, ENTERPRISES_KEY, FEEDBACK_DRAFTS_KEY] as const
/** Removed at 退出登录 for the signed-in user's id */
export const PERSONAL_KEY_PREFIXES = [DRAFTS_KEY_PREFIX, SUBMISSIONS_KEY_PREFIX] as const
