import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';
import { misread } from './concept-matrix';
import { splitSentences } from '../../utils/detect/sentences';

// The page-reading fields (lexicon/types.ts pronouns, oblique, anaphora, standIns, dispatch,
// singular, fate, fateAlone, speech, agentMarks, history) in the languages that lacked them: a short
// page of my own sentences per language, its first naming North Korean troops in Russia, then
// sentences that speak of them only through the page (read), and near misses on the same page
// (Russian or Ukrainian soldiers, civilians, missiles, the Korean War: unread).

describe('page fields: a page about the troops, sentence by sentence', () => {
  it('ar', () => {
    expect(
      misread([
        ['أرسلت كوريا الشمالية آلاف الجنود إلى روسيا للقتال في منطقة كورسك.', true],
        ['وهم يقاتلون الآن على الجبهة إلى جانب القوات الروسية.', true],
        ['وقد تم إرسالهم إلى روسيا بموجب معاهدة الدفاع المشترك.', true],
        ['وأوضح مسؤول أوكراني أنه وقع في الأسر قرب سودجا بعد أن أصيب بجروح.', true],
        ['ثم وقع في الأسر بعد يومين من القتال.', true],
        ['وتوفي متأثرا بجروحه في مستشفى ميداني.', true],
        ['أحد الجنود أصيب بجروح خطيرة.', true],
        ['وقال الرئيس إن الوضع في كييف صعب.', false],
        ['وأطلقت روسيا صواريخ على كييف الليلة الماضية.', false],
        ['وأصيب ثلاثة مدنيين في قصف على خاركيف.', false],
        ['وأشاد هو بالاتفاق الجديد مع موسكو.', false],
        ['وقد وقعت الهدنة في بانمونجوم عام 1953 وتم أسرهم آنذاك.', false],
      ]),
    ).toEqual([]);
  });

  it('tr', () => {
    expect(
      misread([
        ["Kuzey Kore, Kursk bölgesinde savaşmak üzere Rusya'ya binlerce asker gönderdi.", true],
        ['Onlar cephede Rus birlikleriyle birlikte savaşıyor.', true],
        ['Onları Ukrayna ordusu Kursk yakınlarında yakaladı.', true],
        ['Onun iki gün sonra esir düştüğü bildirildi.', true],
        ['Ardından esir düştü ve Kiev’e götürüldü.', true],
        ['Kendisi bir siperde saklanırken yaralandı.', true],
        ['Ukrayna askerleri Kursk bölgesinde ilerliyor.', false],
        ['Onun söylediğine göre cephede durum zor.', false],
        ['Rusya dün gece Kiev’e füze fırlattı.', false],
        ['Onu yakalayan askerler Panmunjom’da 1953 ateşkesini andı.', false],
      ]),
    ).toEqual([]);
  });

  it('vi', () => {
    expect(
      misread([
        ['Triều Tiên đã đưa hàng nghìn binh sĩ sang Nga để chiến đấu ở Kursk.', true],
        ['Họ đang chiến đấu ở mặt trận cùng quân Nga.', true],
        ['Quân đội Ukraine đã bắt giữ họ gần Kursk.', true],
        ['Anh ta bị bắt làm tù binh sau hai ngày giao tranh.', true],
        ['Anh ấy bị thương nặng khi đang ẩn nấp trong một chiến hào.', true],
        ['Binh sĩ Ukraine tiến vào vùng Kursk.', false],
        ['Anh ta nói rằng nhiều người vẫn bị giam ở Kiev.', false],
        ['Nga phóng tên lửa vào Kiev đêm qua.', false],
        ['Họ Nguyễn là dòng họ lớn nhất Việt Nam.', false],
      ]),
    ).toEqual([]);
  });

  it('id', () => {
    expect(
      misread([
        ['Korea Utara telah mengirim ribuan tentara ke Rusia untuk bertempur di Kursk.', true],
        ['Mereka kini bertempur di garis depan bersama pasukan Rusia.', true],
        ['Ia ditangkap oleh tentara Ukraina setelah dua hari bertempur.', true],
        ['Dia terluka parah saat bersembunyi di dalam parit.', true],
        ['Salah satu tentara itu kemudian meninggal.', true],
        ['Tentara Ukraina maju ke wilayah Kursk.', false],
        ['Dia mengatakan bahwa banyak yang masih ditawan di Kyiv.', false],
        ['Rusia meluncurkan rudal ke Kyiv semalam.', false],
        ['Ia memuji kunjungan menteri ke Moskow.', false],
      ]),
    ).toEqual([]);
  });

  it('hi', () => {
    expect(
      misread([
        ['उत्तर कोरिया ने कुर्स्क में लड़ने के लिए हजारों सैनिक रूस भेजे हैं।', true],
        ['वे अब रूसी सेना के साथ मोर्चे पर लड़ रहे हैं।', true],
        ['यूक्रेनी सेना ने कुर्स्क के पास उन्हें पकड़ लिया।', true],
        ['वह दो दिन की लड़ाई के बाद पकड़ा गया।', true],
        ['बाद में उसे कुर्स्क के पास पकड़ लिया गया।', true],
        ['इन सैनिकों को बाद में कीव ले जाया गया।', true],
        ['यूक्रेनी सैनिक कुर्स्क क्षेत्र में आगे बढ़ रहे हैं।', false],
        ['उसने कहा कि मोर्चे पर स्थिति कठिन है।', false],
        ['रूस ने कल रात कीव पर मिसाइलें दागीं।', false],
        ['ज़ेलेंस्की ने कहा कि वे कीव में मिलेंगे।', false],
      ]),
    ).toEqual([]);
  });

  it('fa', () => {
    expect(
      misread([
        ['کره شمالی هزاران سرباز برای جنگ در منطقه کورسک به روسیه اعزام کرده است.', true],
        ['آنها اکنون در خط مقدم در کنار نیروهای روسی می‌جنگند.', true],
        ['او پس از دو روز نبرد اسیر شد.', true],
        ['وی توسط نیروهای اوکراینی دستگیر شد و مورد بازجویی قرار گرفت.', true],
        ['سپس اسیر شد و به کی‌یف منتقل شد.', true],
        ['یکی از آنها بر اثر جراحات جان باخت.', true],
        ['سربازان اوکراینی در منطقه کورسک پیشروی می‌کنند.', false],
        ['او گفت که وضعیت در جبهه دشوار است.', false],
        ['روسیه شب گذشته به کی‌یف موشک شلیک کرد.', false],
        ['وی از سفر وزیر به مسکو قدردانی کرد.', false],
      ]),
    ).toEqual([]);
  });

  it('he', () => {
    expect(
      misread([
        ['צפון קוריאה שלחה אלפי חיילים לרוסיה כדי להילחם באזור קורסק.', true],
        ['הם נלחמים כעת בחזית לצד הכוחות הרוסיים.', true],
        ['הצבא האוקראיני לכד אותם ליד קורסק.', true],
        ['הוא נפל בשבי לאחר יומיים של קרבות.', true],
        ['הוא נפצע קשה בזמן שהסתתר בתעלה.', true],
        ['ונפל בשבי זמן קצר לאחר מכן.', true],
        ['חיילים אוקראינים מתקדמים באזור קורסק.', false],
        ['הוא אמר כי רבים עדיין בשבי בקייב.', false],
        ['רוסיה שיגרה טילים לעבר קייב הלילה.', false],
        ['הוא שיבח את ביקור השר במוסקבה.', false],
      ]),
    ).toEqual([]);
  });

  it('ro', () => {
    expect(
      misread([
        ['Coreea de Nord a trimis mii de soldați în Rusia pentru a lupta în regiunea Kursk.', true],
        ['Ei luptă acum pe front alături de trupele ruse.', true],
        ['El a fost capturat de către soldații ucraineni după două zile de lupte.', true],
        ['Ulterior a căzut prizonier și a fost dus la Kiev.', true],
        ['El a fost grav rănit în timp ce se ascundea într-un buncăr.', true],
        ['Soldații ucraineni înaintează în regiunea Kursk.', false],
        ['El a spus că mulți sunt încă în captivitate la Kiev.', false],
        ['Rusia a lansat rachete asupra Kievului azi-noapte.', false],
        ['El a lăudat vizita ministrului la Moscova.', false],
        ['Armistițiul din 1953 a fost semnat la Panmunjom, unde ei au fost luați prizonieri.', false],
      ]),
    ).toEqual([]);
  });

  it('fi', () => {
    expect(
      misread([
        ['Pohjois-Korea on lähettänyt tuhansia sotilaita Venäjälle taistelemaan Kurskin alueella.', true],
        ['He taistelevat nyt rintamalla venäläisten joukkojen rinnalla.', true],
        ['Hän joutui vangiksi kahden päivän taistelujen jälkeen.', true],
        ['Myöhemmin joutui vangiksi ja hänet vietiin Kiovaan.', true],
        ['Hänen haavoihinsa ei ollut saatavilla hoitoa juoksuhaudassa.', true],
        ['Ukrainalaiset sotilaat etenevät Kurskin alueella.', false],
        ['Hän sanoi, että moni on yhä vankeudessa Kiovassa.', false],
        ['Venäjä ampui ohjuksia Kiovaan viime yönä.', false],
        ['Hän kiitti ministeriä vierailusta Moskovaan.', false],
        ['Panmunjomissa vuonna 1953 solmittu aselepo päätti taistelut, ja he joutuivat vangiksi.', false],
      ]),
    ).toEqual([]);
  });

  it('el', () => {
    expect(
      misread([
        ['Η Βόρεια Κορέα έστειλε χιλιάδες στρατιώτες στη Ρωσία για να πολεμήσουν στο Κουρσκ.', true],
        ['Αυτοί πολεμούν τώρα στο μέτωπο μαζί με τις ρωσικές δυνάμεις.', true],
        ['Αυτός αιχμαλωτίστηκε μετά από δύο ημέρες μαχών.', true],
        ['Αυτός τραυματίστηκε σοβαρά ενώ κρυβόταν σε ένα χαράκωμα.', true],
        ['Ουκρανοί στρατιώτες προελαύνουν στην περιοχή του Κουρσκ.', false],
        ['Αυτός είπε ότι πολλοί παραμένουν σε αιχμαλωσία στο Κίεβο.', false],
        ['Η Ρωσία εκτόξευσε πυραύλους κατά του Κιέβου χθες βράδυ.', false],
        ['Αυτός επαίνεσε την επίσκεψη του υπουργού στη Μόσχα.', false],
      ]),
    ).toEqual([]);
  });

  it('uz', () => {
    expect(
      misread([
        ['Shimoliy Koreya Kursk viloyatida jang qilish uchun Rossiyaga minglab askar yubordi.', true],
        ["Ular hozir frontda rus qo'shinlari bilan birga jang qilmoqda.", true],
        ['Ikki kunlik janglardan keyin uni asirga olindi.', true],
        ['Кейин асирга тушди ва сўроқ қилинди.', true],
        ['Ukraina askarlari Kursk viloyatida oldinga siljimoqda.', false],
        ['Uning aytishicha, frontda vaziyat og‘ir.', false],
        ['Rossiya kecha tunda Kiyevga raketa otdi.', false],
      ]),
    ).toEqual([]);
  });

  it('lt', () => {
    expect(
      misread([
        ['Šiaurės Korėja išsiuntė tūkstančius karių į Rusiją kovoti Kursko srityje.', true],
        ['Jie dabar kovoja fronte kartu su Rusijos kariais.', true],
        ['Jis pateko į nelaisvę po dviejų dienų kovų.', true],
        ['Vėliau pateko į nelaisvę ir buvo nugabentas į Kyjivą.', true],
        ['Jis buvo sunkiai sužeistas slėpdamasis apkase.', true],
        ['Ukrainos kariai žengia Kursko srityje.', false],
        ['Jis sakė, kad daugelis tebėra nelaisvėje Kyjive.', false],
        ['Rusija praėjusią naktį paleido raketas į Kyjivą.', false],
        ['Jis padėkojo ministrui už vizitą Maskvoje.', false],
      ]),
    ).toEqual([]);
  });

  it('lv', () => {
    expect(
      misread([
        ['Ziemeļkoreja ir nosūtījusi tūkstošiem karavīru uz Krieviju, lai cīnītos Kurskas apgabalā.', true],
        ['Viņi tagad cīnās kaujās kopā ar Krievijas karavīriem.', true],
        ['Viņš nonāca gūstā pēc divu dienu kaujām.', true],
        ['Vēlāk nonāca gūstā un tika nogādāts Kijivā.', true],
        ['Viņš tika smagi ievainots, slēpjoties ierakumā.', true],
        ['Ukrainas karavīri virzās uz priekšu Kurskas apgabalā.', false],
        ['Viņš teica, ka daudzi joprojām ir gūstā Kijivā.', false],
        ['Krievija pagājušajā naktī raidīja raķetes uz Kijivu.', false],
        ['Viņš pateicās ministram par vizīti Maskavā.', false],
      ]),
    ).toEqual([]);
  });

  it('bn', () => {
    expect(
      misread([
        ['উত্তর কোরিয়া কুরস্কে যুদ্ধ করার জন্য রাশিয়ায় হাজার হাজার সৈন্য পাঠিয়েছে।', true],
        ['তারা এখন রুশ বাহিনীর সঙ্গে ফ্রন্টলাইনে লড়ছে।', true],
        ['দুই দিনের লড়াইয়ের পর সে ধরা পড়েছে।', true],
        ['সে গুরুতর আহত হয়েছে বলে জানা গেছে।', true],
        ['ইউক্রেনীয় সৈন্যরা কুরস্ক অঞ্চলে এগিয়ে যাচ্ছে।', false],
        ['সে বলেছে যে কিয়েভে অনেকে আহত হয়েছে।', false],
        ['রাশিয়া গত রাতে কিয়েভে ক্ষেপণাস্ত্র ছুড়েছে।', false],
      ]),
    ).toEqual([]);
  });

  it('te', () => {
    expect(
      misread([
        ['కుర్స్క్ ప్రాంతంలో పోరాడటానికి ఉత్తర కొరియా వేలాది సైనికులను రష్యాకు పంపింది.', true],
        ['వారు ఇప్పుడు రష్యా దళాలతో కలిసి యుద్ధభూమిలో పోరాడుతున్నారు.', true],
        ['ఉక్రెయిన్ సైన్యం కుర్స్క్ సమీపంలో వారిని పట్టుకుంది.', true],
        ['అతను రెండు రోజుల పోరాటం తర్వాత పట్టుబడ్డాడు.', true],
        ['ఉక్రెయిన్ సైనికులు కుర్స్క్ ప్రాంతంలో ముందుకు సాగుతున్నారు.', false],
        ['అతను యుద్ధభూమిలో పరిస్థితి కష్టంగా ఉందని అన్నాడు.', false],
        ['రష్యా నిన్న రాత్రి కీవ్‌పై క్షిపణులను ప్రయోగించింది.', false],
      ]),
    ).toEqual([]);
  });

  it('th', () => {
    expect(
      misread([
        ['เกาหลีเหนือส่งทหารหลายพันนายไปรัสเซียเพื่อสู้รบในเคิร์สก์', true],
        ['ทหารยูเครนบุกเข้าไปในภูมิภาคเคิร์สก์', false],
      ]),
    ).toEqual([]);
    // sentences of their own (Thai writes no full stops): "he" beside his fate, not "they" or "mountain"
    const page = 'เกาหลีเหนือส่งทหารหลายพันนายไปรัสเซียเพื่อสู้รบในเคิร์สก์ ';
    const read = (s: string) => findMentions(page + '\n' + s, { pageContext: true }).some((m) => m.sentenceStart > page.length - 1);
    expect(read('เขาถูกจับเป็นเชลยหลังการสู้รบสองวัน')).toBe(true);
    expect(read('เขาได้รับบาดเจ็บสาหัสขณะซ่อนตัวในสนามเพลาะ')).toBe(true);
    expect(read('เขากล่าวว่าหลายคนได้รับบาดเจ็บในเคียฟ')).toBe(false);
    expect(read('รัสเซียยิงขีปนาวุธใส่เคียฟเมื่อคืนนี้')).toBe(false);
  });

  it('ka', () => {
    expect(
      misread([
        ['ჩრდილოეთ კორეამ ათასობით ჯარისკაცი გაგზავნა რუსეთში კურსკის რეგიონში საბრძოლველად.', true],
        ['ისინი ახლა ფრონტზე რუსულ ძალებთან ერთად იბრძვიან.', true],
        ['იგი ორდღიანი ბრძოლის შემდეგ ტყვედ ჩავარდა.', true],
        ['მოგვიანებით ტყვედ ჩავარდა და კიევში გადაიყვანეს.', true],
        ['უკრაინელი ჯარისკაცები კურსკის რეგიონში წინ მიიწევენ.', false],
        ['მან თქვა, რომ კიევში ბევრი დაიჭრა.', false],
        ['რუსეთმა წუხელ კიევს რაკეტები დაუშინა.', false],
      ]),
    ).toEqual([]);
  });

  it('hy', () => {
    expect(
      misread([
        ['Հյուսիսային Կորեան հազարավոր զինվորներ է ուղարկել Ռուսաստան՝ Կուրսկի մարզում կռվելու համար։', true],
        ['Նրանք այժմ ռազմաճակատում կռվում են ռուսական ուժերի կողքին։', true],
        ['Նա գերի ընկավ երկու օր տևած մարտերից հետո։', true],
        ['Հետո գերի ընկավ և տեղափոխվեց Կիև։', true],
        ['Ուկրաինացի զինվորները առաջ են շարժվում Կուրսկի մարզում։', false],
        ['Նա ասաց, որ շատերը դեռ գերության մեջ են Կիևում։', false],
        ['Ռուսաստանը անցած գիշեր հրթիռներ արձակեց Կիևի ուղղությամբ։', false],
      ]),
    ).toEqual([]);
  });

  it('az', () => {
    expect(
      misread([
        ['Şimali Koreya Kursk vilayətində döyüşmək üçün Rusiyaya minlərlə əsgər göndərib.', true],
        ['Onlar indi cəbhədə rus qoşunları ilə birlikdə döyüşür.', true],
        ['Onun iki günlük döyüşlərdən sonra əsir düşdüyü bildirilib.', true],
        ['Sonra əsir düşdü və Kiyevə aparıldı.', true],
        ['Ukraynalı əsgərlər Kursk vilayətində irəliləyir.', false],
        ['Onun sözlərinə görə cəbhədə vəziyyət ağırdır.', false],
        ['Rusiya dünən gecə Kiyevə raketlər atıb.', false],
      ]),
    ).toEqual([]);
  });

  it('kk', () => {
    expect(
      misread([
        ['Солтүстік Корея Курск облысында соғысу үшін Ресейге мыңдаған әскер жіберді.', true],
        ['Олар қазір алдыңғы шепте орыс әскерлерімен бірге соғысып жатыр.', true],
        ['Оның екі күндік шайқастан кейін тұтқынға түскені хабарланды.', true],
        ['Кейін тұтқынға түсті және Киевке жеткізілді.', true],
        ['Украиналық сарбаздар Курск облысында алға жылжып келеді.', false],
        ['Оның айтуынша, майданда жағдай қиын.', false],
        ['Ресей кеше түнде Киевке зымырандар атты.', false],
      ]),
    ).toEqual([]);
  });

  it('et', () => {
    expect(
      misread([
        ['Põhja-Korea on saatnud tuhandeid sõdureid Venemaale, et võidelda Kurski oblastis.', true],
        ['Nad võitlevad nüüd rindel koos Vene vägedega.', true],
        ['Ta langes vangi pärast kahte lahingupäeva.', true],
        ['Hiljem langes vangi ja viidi Kiievisse.', true],
        ['Ta sai raskelt haavata, kui varjas end kaevikus.', true],
        ['Ukraina sõdurid liiguvad Kurski oblastis edasi.', false],
        ['Ta ütles, et paljud on endiselt vangistuses Kiievis.', false],
        ['Venemaa tulistas eile öösel Kiievi pihta rakette.', false],
        ['Ta tänas ministrit visiidi eest Moskvasse.', false],
      ]),
    ).toEqual([]);
  });

  it('ur', () => {
    expect(
      misread([
        ['شمالی کوریا نے کرسک میں لڑنے کے لیے ہزاروں فوجی روس بھیجے ہیں۔', true],
        ['وہ اب محاذ پر روسی افواج کے ساتھ لڑ رہے ہیں۔', true],
        ['یوکرین کی فوج نے کرسک کے قریب انہیں پکڑ لیا۔', true],
        ['اسے دو دن کی لڑائی کے بعد گرفتار کر لیا گیا۔', true],
        ['یوکرینی فوجی کرسک کے علاقے میں آگے بڑھ رہے ہیں۔', false],
        ['اس نے کہا کہ محاذ پر صورتحال مشکل ہے۔', false],
        ['روس نے گزشتہ رات کیف پر میزائل داغے۔', false],
      ]),
    ).toEqual([]);
  });

  it('sw', () => {
    expect(
      misread([
        ['Maelfu ya wanajeshi wa Korea Kaskazini wametumwa Urusi kupigana katika eneo la Kursk.', true],
        ['Wao sasa wanapigana mstari wa mbele pamoja na vikosi vya Urusi.', true],
        ['Wengi wao walipoteza maisha katika mapigano ya Kursk.', true],
        ['Yeye alikamatwa baada ya siku mbili za mapigano.', true],
        ['Wanajeshi wa Ukraine wanasonga mbele katika eneo la Kursk.', false],
        ['Yeye alisema kwamba hali katika mstari wa mbele ni ngumu.', false],
        ['Urusi ilirusha makombora Kyiv usiku wa kuamkia leo.', false],
      ]),
    ).toEqual([]);
  });

  it('tl', () => {
    expect(
      misread([
        ['Nagpadala ang Hilagang Korea ng libu-libong sundalo sa Russia upang lumaban sa Kursk.', true],
        ['Sila ay nakikipaglaban ngayon sa frontline kasama ng mga tropang Ruso.', true],
        ['Nahuli siya matapos ang dalawang araw ng labanan.', true],
        ['Siya ay nasugatan habang nagtatago sa isang trintsera.', true],
        ['Umaabante ang mga sundalong Ukrainian sa rehiyon ng Kursk.', false],
        ['Sinabi niya na mahirap ang sitwasyon sa frontline.', false],
        ['Nagpaputok ang Russia ng mga missile sa Kyiv kagabi.', false],
      ]),
    ).toEqual([]);
  });
});

describe('sentences of unicameral and Armenian text', () => {
  it('ends a Georgian sentence at a full stop (its letters are never capitals) and an Armenian one at ։', () => {
    const ka = 'ისინი ფრონტზე არიან. იგი ტყვედ ჩავარდა.';
    expect(splitSentences(ka).map(([s, e]) => ka.slice(s, e))).toEqual(['ისინი ფრონტზე არიან.', 'იგი ტყვედ ჩავარდა.']);
    const hy = 'Նրանք ռազմաճակատում են։ Նա գերի ընկավ։';
    expect(splitSentences(hy).map(([s, e]) => hy.slice(s, e))).toEqual(['Նրանք ռազմաճակատում են։', 'Նա գերի ընկավ։']);
    // still not after an abbreviation or before a lower-case Latin word
    const en = 'He met Dr. Smith. it was late.';
    expect(splitSentences(en).map(([s, e]) => en.slice(s, e))).toEqual(['He met Dr. Smith. it was late.']);
  });
});
