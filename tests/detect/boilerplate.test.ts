import { describe, expect, it } from 'vitest';
import { detectBoilerplate } from '../../src/detect/detect-boilerplate.js';
import { classifyLines, isChromeLine } from '../../src/detect/classify-lines.js';
import { splitLines } from '../../src/parse/split-lines.js';
import { PROSE, after } from './context.js';

const MENU = 'Home\nNews\nSport\nWorld\nBusiness\nCulture\nOpinion\nVideo';
const FOOTER = 'About Us\nContact\nPrivacy Policy\nTerms of Use\n© 2024 Example Media';

describe('detectBoilerplate', () => {
  it('keeps the article and drops the menu and footer around it', () => {
    const article = `${PROSE}\n\nNISSAN SENTRA\n\n${PROSE}\n\nIt worked.\n\n“We will rebuild it,” she said.`;
    expect(after(`${MENU}\n\n${article}\n\n${FOOTER}`, detectBoilerplate)).toBe(article.split('\n').filter((l) => l.trim()).join('\n'));
  });

  it('keeps a list inside the article', () => {
    const article = `${PROSE}\n\nThe plan has three parts:\n- close the bridge\n- repair the supports\n- reopen in May\n\n${PROSE}`;
    expect(after(`${MENU}\n\n${article}\n\n${FOOTER}`, detectBoilerplate)).toBe(article.split('\n').filter((l) => l.trim()).join('\n'));
  });

  it('keeps a non-English article (no stop list needed)', () => {
    const ja = '先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されました。報道によると、今回販売されたのは、いわゆる「脱獄」したiPhoneです。\n\nもちろん、Apple社は「脱獄」を認めていません。';
    expect(after(`メニュー\n検索\nログイン\n\n${ja}\n\nプライバシー・ポリシー\nサイトマップ`, detectBoilerplate)).toBe(ja.replace('\n\n', '\n'));
  });

  it('leaves a text with too little prose alone', () => {
    expect(after('Home\nNews\nA short note.', detectBoilerplate)).toBe('Home\nNews\nA short note.');
  });

  it('classifies lines', () => {
    const classes = classifyLines(splitLines(`Home\nSports Results\n${PROSE}`)).map((v) => v.cls);
    expect(classes).toEqual(['chrome', 'short', 'good']);
    expect(isChromeLine('Sign up for our newsletter')).toBe(true);
    expect(isChromeLine('The newsletter was sent to 300 readers on Monday morning.')).toBe(false);
  });
});
