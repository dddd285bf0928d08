import type { MessageKey } from './en.js';
import type { Locale, Translate } from './i18n.js';
import { isMessageKey } from './i18n.js';

type Names = Readonly<Record<string, { readonly en: string; readonly zh: string }>>;

/** Customs country (region) codes seen in CBEC imports; other codes are shown as the code itself. */
const COUNTRIES: Names = {
  '110': { en: 'Hong Kong, China', zh: '中国香港' },
  '116': { en: 'Japan', zh: '日本' },
  '121': { en: 'Macao, China', zh: '中国澳门' },
  '132': { en: 'Singapore', zh: '新加坡' },
  '133': { en: 'South Korea', zh: '韩国' },
  '136': { en: 'Thailand', zh: '泰国' },
  '142': { en: 'China', zh: '中国' },
  '301': { en: 'Belgium', zh: '比利时' },
  '302': { en: 'Denmark', zh: '丹麦' },
  '303': { en: 'United Kingdom', zh: '英国' },
  '304': { en: 'Germany', zh: '德国' },
  '305': { en: 'France', zh: '法国' },
  '306': { en: 'Ireland', zh: '爱尔兰' },
  '307': { en: 'Italy', zh: '意大利' },
  '309': { en: 'Netherlands', zh: '荷兰' },
  '312': { en: 'Spain', zh: '西班牙' },
  '315': { en: 'Austria', zh: '奥地利' },
  '330': { en: 'Sweden', zh: '瑞典' },
  '331': { en: 'Switzerland', zh: '瑞士' },
  '501': { en: 'Canada', zh: '加拿大' },
  '502': { en: 'United States', zh: '美国' },
  '601': { en: 'Australia', zh: '澳大利亚' },
  '609': { en: 'New Zealand', zh: '新西兰' },
};

/** HS chapters common in cross-border retail; others are shown as "Chapter NN". */
const HS_CHAPTERS: Names = {
  '04': { en: 'Dairy, eggs, honey', zh: '乳品、蛋品、蜂蜜' },
  '08': { en: 'Fruit and nuts', zh: '水果及坚果' },
  '09': { en: 'Coffee, tea, spices', zh: '咖啡、茶及调味香料' },
  '18': { en: 'Cocoa', zh: '可可及其制品' },
  '19': { en: 'Cereal preparations', zh: '谷物粉、乳的制品' },
  '21': { en: 'Misc. food preparations', zh: '杂项食品' },
  '22': { en: 'Beverages', zh: '饮料、酒及醋' },
  '30': { en: 'Pharmaceuticals', zh: '药品' },
  '33': { en: 'Cosmetics, perfumery', zh: '精油、化妆盥洗品' },
  '34': { en: 'Soap, washing preparations', zh: '肥皂、洗涤剂' },
  '42': { en: 'Leather goods, bags', zh: '皮革制品、箱包' },
  '61': { en: 'Knitted apparel', zh: '针织服装' },
  '62': { en: 'Woven apparel', zh: '非针织服装' },
  '64': { en: 'Footwear', zh: '鞋靴' },
  '71': { en: 'Jewellery', zh: '珠宝首饰' },
  '85': { en: 'Electrical equipment', zh: '电机电气设备' },
  '90': { en: 'Optical, medical instruments', zh: '光学、医疗仪器' },
  '91': { en: 'Clocks and watches', zh: '钟表' },
  '95': { en: 'Toys, games, sports', zh: '玩具、游戏及运动用品' },
};

export function countryName(code: string, locale: Locale): string {
  const name = COUNTRIES[code];
  return name ? `${name[locale]} (${code})` : code;
}

export function hsChapterName(chapter: string, locale: Locale, t: Translate): string {
  const name = HS_CHAPTERS[chapter];
  return name ? `${chapter} · ${name[locale]}` : t('hs.chapter', { ch: chapter });
}

/** A dictionary entry for a code family ("status.800", "mode.9610"), or the fallback when there is none. */
export function labelOf(t: Translate, prefix: string, code: string, fallback: string = code): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key as MessageKey) : fallback;
}

export const statusLabel = (t: Translate, status: string) =>
  labelOf(t, 'status', status, t('status.unknown', { code: status }));
export const modeLabel = (t: Translate, mode: string) => labelOf(t, 'mode', mode);
