import type { Lexicon } from './types';

export const ur: Lexicon = {
  lang: 'ur',
  spaced: false,
  nk: ['شمالی کوری(?:ا|ائی|ن)', 'پیانگ ?یانگ', 'پیونگ ?یانگ', 'کم جونگ ?ا\\u064f?ن', 'ک\\u0650م جونگ', 'عوامی جمہوریہ کوریا'],
  // "Korean": North Korean only where the sentence is about the war (Kursk, Ukraine, the front)
  nkWeak: ['کوریائی', 'کورین'],
  pers: [
    // فوجی is also the adjective "military": not before officials, equipment, cooperation, aid, drills
    'فوجی(?! (?:حکام|عہدیدار|قیادت|سازوسامان|ساز و سامان|سامان|تعاون|امداد|مشق|معاہد|صنعت|ٹیکنالوجی))', 'فوجیوں', 'سپاہی', 'دستے', 'دستوں', 'اہلکار', 'جنگجو', 'قیدی', 'کمانڈر', 'افسران', 'ہلاکتیں'],
  persWeak: ['فوج(?!ی)'],
  ctx: ['یوکرین', 'یوکرائن', 'کرسک', 'کورسک', 'کیف', 'زیلنسکی', 'محاذ', 'میدان جنگ'],
  ctxWeak: ['روس', 'ماسکو', 'پوتن', 'پیوٹن', 'بھیج', 'تعینات', 'جنگ', 'ہلاک', 'زخمی'],
  neg: ['پریڈ', 'مشق', 'منحرف', 'کوریائی جنگ', 'مزدور'],
  foreign: ['روسی', 'یوکرینی', 'جنوبی کوریا', 'امریکی'],
  killed: ['ہلاک', 'مارے'], injured: ['زخمی'], casualties: ['نقصان'], captured: ['گرفتار', 'قیدی'],
  qualBefore: { over: ['سے زیادہ'], approximately: ['تقریباً', 'قریب'] },
  scale: { 'ہزار': 1e3 },
  vague: { 'ہزاروں': 1000, 'سینکڑوں': 100 },
  nonLatin: true,
  relatives: ['fa', 'ar'],
  gates: { script: ['پیونگ', 'پیانگ', 'کوری', 'جونگ'] },
};
