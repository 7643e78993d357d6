import type { Chat, User, UserFromGetMe } from 'grammy/types';
import { CONSOLE_BOT_INFO } from '../../bot/console/startConsole.js';

/** Token the tests give the bot; the fake answers only requests under it. */
export const TEST_TOKEN = '123456:TEST-token_for-fake-api';

/** The bot as getMe describes it. Privacy mode is modelled by the fake, not by this flag. */
export const TEST_BOT: UserFromGetMe = { ...CONSOLE_BOT_INFO, id: 123456, username: 'fazhi_test_bot', can_read_all_group_messages: true };

/** A Chinese-speaking official. */
export const ZHANG: User = { id: 1001, is_bot: false, first_name: '张', language_code: 'zh-hans' };
/** An English-speaking user. */
export const ALICE: User = { id: 1002, is_bot: false, first_name: 'Alice', language_code: 'en-GB' };
/** An administrator (listed in ADMIN_USER_IDS by the tests that need one). */
export const ADMIN: User = { id: 1003, is_bot: false, first_name: '管理员', language_code: 'zh' };
/** Someone outside every allowlist. */
export const STRANGER: User = { id: 1666, is_bot: false, first_name: 'Stranger' };

/** The private chat of `user` with the bot. */
export const privateChat = (user: User): Chat.PrivateChat => ({ id: user.id, type: 'private', first_name: user.first_name });

/** A supergroup with the bot in it. */
export const GROUP: Chat.SupergroupChat = { id: -1001234567890, type: 'supergroup', title: '司法局工作群' };
