/**
 * Date and time shapes of datelines, as news pages print them ("Feb 12, 2023", "Nov 18, 2019 at 9:24 pm ET",
 * "12 February 2023", "2016.12.01", "05/10/2018", "2018-09-28 17:32"), with month names in en, pt, es, fr,
 * de, id (written for unscrape). Regex sources, linear-time.
 */
const MONTH =
  '(?:jan(?:uary|eiro|vier|uar)?|feb(?:ruary|ruar)?|fev(?:ereiro)?|févr(?:ier)?|mar(?:ch|ço|zo|s|et)?|märz|apr(?:il)?|abr(?:il)?|avr(?:il)?|' +
  'may|mai(?:o)?|mayo|jun(?:e|ho|io|i)?|juin|jul(?:y|ho|io|i)?|juil(?:let)?|aug(?:ust)?|ago(?:sto)?|août|agu(?:stus)?|' +
  'sep(?:t(?:ember|embro|iembre|embre)?)?|set(?:embro)?|oct(?:ober|ubre|obre)?|okt(?:ober)?|out(?:ubro)?|nov(?:ember|embro|iembre|embre)?|' +
  'dec(?:ember)?|dez(?:embro|ember)?|dic(?:iembre)?|déc(?:embre)?|des(?:ember)?)\\.?';
/** Month names and abbreviations (en, pt, es, fr, de, id). */
export const MONTH_SOURCE = MONTH;
const TIME = '\\d{1,2}[:.h]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s?(?:[A-Z]{2,4}T?|UTC|GMT)(?:[+-]\\d{1,2})?)?';
const DAY_MONTH_YEAR = `\\d{1,2}(?:st|nd|rd|th)?\\.? (?:de )?${MONTH},? (?:de )?\\d{4}`;
const MONTH_DAY_YEAR = `${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`;
const NUMERIC = '\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}|\\d{4}年\\d{1,2}月\\d{1,2}日';

/** A date, maybe with a time after it ("at 9:24 pm ET", "17:32"). Case-insensitive. */
export const DATE_SOURCE = `(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}|${NUMERIC})(?:(?:,? (?:at |um |às |a las )?|\\s*[|•·-]\\s*)${TIME})?`;

/**
 * A clue every match of `DATE_SOURCE` holds (its four year digits: every shape above holds `\d{4}`): a line
 * without it is not searched with the (large) date regex. Keep it true of every shape above when editing
 * them.
 */
export const DATE_CLUE_SOURCE = '\\d{4}';

/** A time before a date ("1:39 am EST, Wednesday, November 20, 2019"). */
export const TIME_SOURCE = TIME;

/** Words a dateline may carry besides the date. */
export const DATELINE_WORDS_SOURCE =
  '(?:updated|published|posted|last updated|first published(?: on)?|on|at|am|pm|et|est|edt|pst|gmt|utc|min|read|mins|minute|minutes|atualizado|publicado|em|aktualisiert|veröffentlicht|am|le|mis à jour|publié|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)';
