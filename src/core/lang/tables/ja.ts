import type { LangTable } from './types';

/** Japanese. Unspaced script: phrases match anywhere (no word boundaries). */
export const ja: LangTable = {
  lang: 'ja',
  meter: [
    '無料(で読める|で閲覧できる)?記事(数)?の(上限|残り)',
    '今月の無料(記事|閲覧)',
    '残り#本',
    '閲覧(できる|可能な)?(記事|本数)の上限',
    '無料記事(は|を)?(残り|あと)',
  ],
  subOnly: ['有料会員限定', '(有料)?会員限定(記事|コンテンツ)?', '有料記事', 'この記事は(有料|会員)', '購読者限定', 'プレミアム(会員)?限定'],
  login: ['(すでに|既に)(会員|有料会員|購読)', 'ログインはこちら', '会員の方は'],
  gate: ['続きを読むには', 'この記事の続き(は|を)', '全文を読むには', '残り#文字', '続きは(有料|会員)'],
  register: ['登録すると', '無料会員(に)?登録', '無料で(会員)?登録', '会員登録(する|して|すると|はこちら)', '無料登録'],
  terms: ['いつでも解約', '自動(で)?更新', '解約(は)?いつでも', '税込'],
  plan: ['(料金|購読)プラン', 'プランを選', '初月(は)?無料'],
  cta: ['有料会員(に)?登録', '購読する', '今すぐ(登録|購読)', '購読のお申し込み', '申し込む', 'お申し込み'],
  newsletter: ['ニュースレター', 'メルマガ(登録)?'],
  benefit: ['読み放題', '広告なし', '紙面ビューアー'],
  weak: ['有料', '購読', 'ログイン'],
  period: ['月', '年', '週', '日', 'ヶ月', 'か月', 'カ月'],
  perSep: [],
  periodPrefix: ['月額', '年額', '月々', '初月'],
  currencyAfter: ['円'],
  consent: ['クッキー', 'すべて(許可|受け入れる|同意)', 'cookieを使用'],
  /** Privacy vocabulary: counts for consent only next to a cookie/consent phrase (regwalls link privacy policies too). */
  privacy: ['同意(する|します)', 'プライバシーポリシー'],
};
