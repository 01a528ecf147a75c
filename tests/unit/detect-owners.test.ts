import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

const texts = (text: string, pageContext = false) => findMentions(text, { pageContext }).map((m) => m.text);

describe('owners: each language’s own linking words', () => {
  it('Polish "do" (to) is no linker, as Portuguese "do" (of the) is: "żołnierzy do Rosji" are not Russia’s', () => {
    expect(texts('Pjongjang wysłał w październiku tysiące żołnierzy do Rosji, by walczyli w obwodzie kurskim.')).toEqual([
      'Pjongjang wysłał w październiku tysiące żołnierzy',
    ]);
    expect(texts('Kim Dzong Un wysłał jesienią tysiące żołnierzy do Rosji.')).toEqual(['Kim Dzong Un wysłał jesienią tysiące żołnierzy']);
  });
});

describe('owners: another nation’s army as the object of support words (diplomacy, no one sent)', () => {
  it('support or solidarity with the Russian army, government and people is no mention', () => {
    for (const text of [
      'Kim Jong Un voiced solidarity with the Russian government, army and people in their fight in Ukraine.',
      'North Korea will always stand with the army and people of Russia in the war in Ukraine, Kim said.',
      'North Korea backs the army of Russia in the war in Ukraine.',
      'La Corée du Nord exprime son soutien au gouvernement, à l’armée et au peuple russes dans l’opération en Ukraine.',
      'Corea del Norte expresa su pleno apoyo al gobierno, al ejército y al pueblo rusos en la operación militar especial en Ucrania.',
      'La Corea del Nord esprime pieno sostegno al governo, all’esercito e al popolo russi nell’operazione militare speciale in Ucraina.',
      'A Coreia do Norte expressa total apoio ao governo, ao exército e ao povo russos na operação militar especial na Ucrânia.',
      'Coreea de Nord își exprimă sprijinul deplin pentru guvernul, armata și poporul rus în operațiunea militară specială din Ucraina.',
      'КНДР выражает солидарность с армией и народом России в ходе спецоперации на Украине.',
      'Північна Корея висловила повну підтримку армії та народу Росії у війні проти України.',
      'Korea Północna wyraża pełne poparcie dla armii i narodu Rosji w wojnie na Ukrainie.',
      'Nordkorea bekundet Solidarität mit der Armee und dem Volk Russlands im Krieg gegen die Ukraine.',
      'Severní Korea vyjádřila plnou podporu ruské vládě, armádě a lidu ve speciální vojenské operaci na Ukrajině.',
      'Noord-Korea betuigt volledige steun aan de Russische regering, het leger en het volk in de speciale militaire operatie in Oekraïne.',
      'Nordkorea uttrycker fullt stöd för den ryska regeringen, armén och folket i den särskilda militära operationen i Ukraina.',
      'Šiaurės Korėja išreiškė visišką paramą Rusijos vyriausybei, kariuomenei ir tautai karo Ukrainoje metu.',
      'Η Βόρεια Κορέα εξέφρασε πλήρη υποστήριξη στην κυβέρνηση, τον στρατό και τον λαό της Ρωσίας στον πόλεμο στην Ουκρανία.',
      'Corea del Nord expressa el seu suport total al govern, a l’exèrcit i al poble rus en l’operació militar especial a Ucraïna.',
      'Ipinahayag ng Hilagang Korea ang buong suporta sa gobyerno, hukbo at mamamayan ng Russia sa digmaan sa Ukraine.',
      'Korea Kaskazini imeonyesha kuunga mkono kikamilifu serikali, jeshi na watu wa Urusi katika vita vya Ukraine.',
      'צפון קוריאה הביעה תמיכה מלאה בממשלה, בצבא ובעם הרוסי במבצע הצבאי המיוחד באוקראינה.',
      'كوريا الشمالية تعرب عن دعمها الكامل للحكومة والجيش والشعب الروسي في العملية العسكرية الخاصة في أوكرانيا.',
      'Észak-Korea teljes támogatásáról biztosította az orosz kormányt, hadsereget és népet az ukrajnai különleges katonai műveletben.',
      'Pohjois-Korea ilmaisi täyden tukensa Venäjän hallitukselle, armeijalle ja kansalle Ukrainan erikoisoperaatiossa.',
      'Северна Корея изрази пълна подкрепа за руското правителство, армия и народ във войната в Украйна.',
      'Severná Kórea vyjadrila plnú podporu ruskej vláde, armáde a ľudu vo vojne na Ukrajine.',
      'Nordkorea udtrykker fuld støtte til den russiske regering, hær og folk i krigen i Ukraine.',
      'Nord-Korea uttrykker full støtte til den russiske regjeringen, hæren og folket i krigen i Ukraina.',
      'Korea Utara menyatakan dukungan penuh kepada pemerintah, tentara dan rakyat Rusia dalam perang di Ukraina.',
      'Հյուսիսային Կորեան լիակատար աջակցություն է հայտնել Ռուսաստանի կառավարությանը, բանակին և ժողովրդին Ուկրաինայում պատերազմում։',
    ])
      expect(texts(text), text).toEqual([]);
  });

  it('where the object comes before the support word (the list of the nation’s government, army and people)', () => {
    for (const text of [
      'उत्तर कोरिया ने यूक्रेन में विशेष सैन्य अभियान में रूसी सरकार, सेना और जनता को पूर्ण समर्थन व्यक्त किया।',
      'উত্তর কোরিয়া ইউক্রেনে বিশেষ সামরিক অভিযানে রুশ সরকার, সেনাবাহিনী ও জনগণের প্রতি পূর্ণ সমর্থন জানিয়েছে।',
      'ఉత్తర కొరియా ఉక్రెయిన్‌లో ప్రత్యేక సైనిక చర్యలో రష్యా ప్రభుత్వం, సైన్యం మరియు ప్రజలకు పూర్తి మద్దతు ప్రకటించింది.',
      'Şimali Koreya Ukraynadakı müharibədə Rusiya hökumətinə, ordusuna və xalqına tam dəstəyini bildirib.',
      'Солтүстік Корея Ресей үкіметіне, армиясына және халқына Украинадағы соғыста толық қолдау білдірді.',
      'Shimoliy Koreya Ukrainadagi urushda Rossiya hukumati, armiyasi va xalqini to‘liq qo‘llab-quvvatlashini bildirdi.',
    ])
      expect(texts(text), text).toEqual([]);
  });

  it('"special military operation" names the war: its "military" is no personnel word (tr fa ur)', () => {
    for (const text of [
      'Kuzey Kore, Ukrayna’daki özel askeri operasyonda Rus ordusuna ve halkına tam desteğini ifade etti.',
      'کره شمالی حمایت کامل خود را از دولت، ارتش و مردم روسیه در عملیات ویژه نظامی در اوکراین اعلام کرد.',
      'شمالی کوریا نے یوکرین میں خصوصی فوجی آپریشن میں روسی حکومت، فوج اور عوام کی مکمل حمایت کا اظہار کیا۔',
    ]) {
      expect(texts(text), text).toEqual([]);
      expect(texts(text, true), text).toEqual([]);
    }
    expect(texts('Kuzey Kore askerleri Kursk’ta savaşıyor.')).toEqual(['Kuzey Kore askerleri']);
    expect(texts('شمالی کوریا کے فوجی کرسک میں روس کے لیے لڑ رہے ہیں۔')).toEqual(['شمالی کوریا کے فوجی']);
  });

  it('in languages written without spaces, and Korean: a list joined by "、", a comma or "and"', () => {
    for (const text of [
      '朝鲜表示全力支持俄罗斯政府、军队和人民在乌克兰进行的特别军事行动。',
      '北韓表示全力支持俄羅斯政府、軍隊和人民。',
      '北朝鮮はウクライナでの特別軍事作戦でロシア政府、軍隊、国民を全面的に支持すると表明した。',
      'เกาหลีเหนือแสดงการสนับสนุนรัฐบาล กองทัพ และประชาชนรัสเซียอย่างเต็มที่ในปฏิบัติการทางทหารพิเศษในยูเครน',
    ])
      expect(texts(text), text).toEqual([]);
    expect(texts('북한은 우크라이나 특별군사작전에서 러시아 정부, 군대, 인민을 전적으로 지지한다고 밝혔다.')).toEqual([]);
    expect(texts('북한은 러시아를 지지하며 쿠르스크에 군대를 보냈다.')).toEqual(['북한은 러시아를 지지하며 쿠르스크에 군대']);
    expect(texts('북한군은 쿠르스크에서 러시아군과 함께 싸우며 지지를 보냈다.')).toEqual(['북한군']);
    expect(texts('朝鲜派兵支持俄罗斯军队在库尔斯克作战。')).toEqual(['朝鲜派兵']);
    expect(texts('朝鲜士兵在库尔斯克支持俄罗斯军队作战。')).toEqual(['朝鲜士兵']);
    expect(texts('北朝鮮は兵士を派遣してロシア軍を支援した。')).toEqual(['北朝鮮は兵士']);
    expect(texts('เกาหลีเหนือส่งทหารไปสนับสนุนกองทัพรัสเซียที่เคิร์สก์')).toEqual(['เกาหลีเหนือส่งทหาร']);
    // a comma ends the clause: the manpower sent is North Korea's ("为支持俄军行动，向其提供...")
    expect(texts('朝鲜为支持俄军作战，向库尔斯克派出了大批士兵。', true)).toEqual(['士兵']);
  });

  it('on a page about the topic too', () => {
    expect(
      texts('Korea Utara menyatakan dukungan penuh kepada pemerintah, tentara dan rakyat Rusia dalam operasi militer khusus di Ukraina.', true),
    ).toEqual([]);
    expect(
      texts('Triều Tiên bày tỏ ủng hộ hoàn toàn đối với chính phủ, quân đội và nhân dân Nga trong chiến dịch quân sự đặc biệt tại Ukraine.', true),
    ).toEqual([]);
  });

  it('near misses: troops sent to support the Russian army, or fighting beside it, are still North Korea’s', () => {
    expect(texts('North Korea sent troops to support the Russian army in Kursk.')).toEqual(['North Korea sent troops']);
    expect(texts('North Korean soldiers fight alongside the Russian army in Kursk.')).toEqual(['North Korean soldiers']);
    expect(texts('North Korea supports Russia with troops in Kursk.')).toEqual(['North Korea supports Russia with troops']);
    expect(texts('Kim expressed support for the troops he sent to Russia.')).toEqual(['Kim expressed support for the troops']);
    expect(texts('Kim voiced support for the soldiers in Russia who fought in Kursk.')).toEqual(['Kim voiced support for the soldiers']);
    expect(texts('North Korea supports Russia and sends an army to Kursk.')).toEqual(['North Korea supports Russia and sends an army']);
    expect(texts('Pyongyang a envoyé des soldats pour soutenir l’armée russe à Koursk.')).toEqual(['Pyongyang a envoyé des soldats']);
    expect(texts('Corea del Norte envió soldados para apoyar al ejército ruso en Kursk.')).toEqual(['Corea del Norte envió soldados']);
    expect(texts('КНДР направила солдат для поддержки армии России в Курской области.')).toEqual(['КНДР направила солдат']);
    expect(texts('Korea Północna wysłała żołnierzy, by wspierać armię Rosji w obwodzie kurskim.')).toEqual(['Korea Północna wysłała żołnierzy']);
    expect(texts('Nordkorea schickte Soldaten zur Unterstützung der Armee Russlands nach Kursk.')).toEqual(['Nordkorea schickte Soldaten']);
    expect(texts('North Korea supports Russia, and its soldiers fight in Kursk.')).toEqual(['its soldiers']);
    expect(texts('Kim praised the North Korean soldiers and officers who support the Russian army in Kursk.')).toEqual(['North Korean soldiers']);
    expect(texts('Солтүстік Корея әскерлері Курскіде Ресей армиясымен бірге соғысып, оған қолдау көрсетті.')).toEqual(['Солтүстік Корея әскерлері']);
    expect(texts('أرسلت كوريا الشمالية جنودا لدعم الجيش الروسي في كورسك.')).toEqual(['كوريا الشمالية جنودا']);
    expect(texts('Η Βόρεια Κορέα έστειλε στρατιώτες στη Ρωσία για να πολεμήσουν στο Κουρσκ.')).toEqual(['Βόρεια Κορέα έστειλε στρατιώτες']);
    expect(texts('Οι στρατιώτες της Βόρειας Κορέας πολεμούν στο Κουρσκ μαζί με τον στρατό της Ρωσίας.')).toEqual(['στρατιώτες της Βόρειας Κορέας']);
  });
});
