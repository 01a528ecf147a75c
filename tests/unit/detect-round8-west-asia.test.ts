import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

// Round 8 (fa ur hi ar tr ka): own sentences for each kind of case, with near misses.
const texts = (text: string, pageContext = false) => findMentions(text, { pageContext }).map((m) => m.text);
const yes = (text: string, pageContext = false) => expect(texts(text, pageContext)).toHaveLength(1);
const no = (text: string, pageContext = false) => expect(texts(text, pageContext)).toEqual([]);

describe('fa: Dari spelling of Korea ("کوریای شمالی")', () => {
  it('names North Korea as Persian "کره شمالی" does', () => {
    expect(texts('صدها سرباز کوریای شمالی در منطقه کورسک زخمی شده‌اند.')).toEqual(['سرباز کوریای شمالی']);
    yes('کوریا شمالی هزاران نیروی نظامی به روسیه فرستاده است.');
    yes('نیروهای کوریای شمالی در خط مقدم جنگ اوکراین می‌جنگند.');
    // "Korean" alone needs the war beside it
    yes('سربازان کوریایی در کورسک کشته شدند.');
  });

  it('South Korea in Dari owns its own soldiers; home news of the North stays quiet', () => {
    no('سربازان کوریای جنوبی در رزمایش مشترک با آمریکا شرکت کردند.');
    no('کوریای شمالی برای تقویت روابط با روسیه هیئتی به مسکو فرستاد.');
    no('سربازان کوریای شمالی در رژه نظامی پیونگ‌یانگ رژه رفتند.');
  });
});

describe('fa: "نظامی" after capabilities, power, ties is the adjective, not military personnel', () => {
  it('stays quiet on military capabilities and ties', () => {
    no('مسکو و پیونگ‌یانگ در تلاش برای افزایش توانمندی‌های نظامی خود هستند.');
    no('روابط نظامی کره شمالی و روسیه گسترش یافته است.');
    no('کره شمالی قدرت نظامی خود را با کمک روسیه افزایش می‌دهد.');
    no('پایگاه‌های نظامی روسیه در نزدیکی مرز کره شمالی گسترش یافته است.');
  });

  it('still counts military men sent to the war', () => {
    yes('کره شمالی هزاران نظامی به روسیه فرستاده است.');
    yes('نظامیان کره شمالی در کورسک مستقر شده‌اند.');
  });
});

describe('ur: the Soviet soldiers of the Korean War are history', () => {
  it('stays quiet on Soviet soldiers buried or remembered in North Korea', () => {
    no('جنگ کے دوران ہلاک ہونے والے سوویت فوجیوں کی قبریں شمالی کوریا میں ہیں۔');
    no('شمالی کوریا میں سوویت یونین کے شہید فوجیوں کی یادگار پر پھول رکھے گئے۔');
    no('سوویت سپاہیوں نے کوریائی جنگ میں شمالی کوریا کی مدد کی تھی۔');
  });

  it('still counts North Korean troops in a sentence that names the Soviet Union otherwise', () => {
    yes('سوویت یونین کے خاتمے کے بعد پہلی بار شمالی کوریا کے فوجی روس کے لیے لڑ رہے ہیں۔');
    yes('شمالی کوریا کے فوجی کرسک میں ہلاک ہوئے۔');
  });
});
