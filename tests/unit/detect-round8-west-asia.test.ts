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

describe('tr: "birlikte" (together) is no unit; a count of "Kuzey Koreli" in the war; deminers', () => {
  it('stays quiet on "birlikte", the European Union and North Koreans who are not troops', () => {
    no("Kuzey Kore ve Rusya birlikte yeni bir ekonomik anlaşma imzaladı, Ukrayna'daki savaş da konuşuldu.");
    no("Avrupa Birliği, Kuzey Kore'ye yeni yaptırımlar uygulayacağını duyurdu.");
    no("Yaklaşık 3 bin Kuzey Koreli işçi Rusya'daki şantiyelerde çalışıyor, Ukrayna savaşı da sürüyor.");
    no('Yüzlerce Kuzey Koreli öğrenci Moskova üniversitelerinde okuyor.');
    // a count of North Koreans with no war named
    no('Geçen yıl 200 Kuzey Koreli Güney Kore’ye sığındı.');
  });

  it('counts North Koreans counted as dead or fighting in the war', () => {
    yes('Ukrayna cephesinde şimdiye dek 4 bin Kuzey Koreli öldü.');
    yes('Binlerce Kuzey Koreli Kursk çatışmalarında yaralandı.');
  });

  it('counts deminers and combat engineers sent to Russia, with workers beside them', () => {
    yes("Kuzey Kore, Kursk'a yüzlerce mayın temizleyici ve inşaat işçisi gönderdi.");
    yes("Pyongyang'ın Rusya'ya savaş mühendisleri konuşlandırdığı bildirildi.");
    // workers alone stay workers
    no("Kuzey Kore, Rusya'ya binlerce inşaat işçisi gönderdi.");
  });
});

describe('hi: deminers beside workers; all spellings of "workers" are labour', () => {
  it('counts demining experts sent to Russia with workers', () => {
    yes('उत्तर कोरिया ने 2,000 मज़दूरों के साथ 500 डिमाइनिंग विशेषज्ञ भी रूस भेजे हैं।');
  });

  it('workers alone, in either spelling, stay a near miss', () => {
    no('उत्तर कोरिया ने हज़ारों मज़दूर रूस भेजे हैं।');
    no('उत्तर कोरिया के श्रमिक रूस के निर्माण स्थलों पर काम कर रहे हैं।');
  });
});

describe('ka: North Korea in the ergative ("ჩრდილოეთმა კორეამ"); military builders are troops', () => {
  it('counts military builders sent to Russia', () => {
    yes('ჩრდილოეთმა კორეამ რუსეთში ათასობით სამხედრო მშენებელი გაგზავნა.');
    yes('ჩრდილოეთმა კორეამ კურსკში ჯარისკაცები განალაგა.');
    yes('სამხედრო მშენებლები რუსეთში გაგზავნეს.', true);
  });

  it('builders who are not military stay workers', () => {
    no('ჩრდილოეთმა კორეამ რუსეთში მშენებლები გაგზავნა.');
    no('მშენებლები რუსეთში გაგზავნეს.', true);
  });
});

describe('ar: North Korea’s intervention at the front; counts of dead and wounded; a battlefield; drones', () => {
  it('counts the intervention of North Korea in the fighting', () => {
    yes('أسفر تدخل كوريا الشمالية في معارك كورسك عن مئات القتلى.');
    yes('قُتل جندي كوري شمالي في ساحة معركة قرب كورسك.');
    yes('قال مسؤول إن 500 قتيل سقطوا من القوات الكورية الشمالية في هجوم بطائرات مسيرة.');
    yes('أصيب جنود كوريون شماليون في هجمات بطائرات بدون طيار.');
  });

  it('stays quiet on intervention in other senses, and on the other war', () => {
    no('تدخل الاتفاقية بين روسيا وكوريا الشمالية حيز التنفيذ اليوم.');
    no('حذرت كوريا الشمالية من أي تدخل أجنبي في شؤونها الداخلية.');
    no('كان تدخل الصين في الحرب الكورية حاسما عام 1950.');
    no('عرضت كوريا الشمالية طائرات مسيرة جديدة في عرض عسكري في بيونغ يانغ.');
  });
});

describe('English words inside a sentence of another script are read as English', () => {
  it('counts an English headline or tag that is itself a mention', () => {
    const text = 'North Korean soldiers killed in Kursk: यूक्रेन ने कहा कि लड़ाई जारी है।';
    const m = findMentions(text);
    expect(m.map((x) => x.text)).toEqual(['North Korean soldiers']);
    expect(text.slice(m[0].start, m[0].end)).toBe('North Korean soldiers');
    yes('تقرير: North Korean troops deployed to Russia حسب المصادر.');
    yes('خبر: Pyongyang sent 10,000 soldiers to Russia ایک رپورٹ کے مطابق۔');
  });

  it('stays quiet on English words that are no mention by themselves', () => {
    no('North Korean soldiers parade in Pyongyang: किम जोंग उन ने परेड देखी।');
    no('North Korea Russia alliance: रूस और उत्तर कोरिया ने समझौता किया।');
    no('Kim Jong Un latest news: उत्तर कोरिया ने नया मिसाइल परीक्षण किया।');
    // a Latin-script sentence is read once, as itself
    no('North Korean soldiers marched in Pyongyang on Monday.');
  });
});
